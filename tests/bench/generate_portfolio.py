#!/usr/bin/python3
"""Generate a synthetic portfolio of N accounts in kamgraph's CSV import format.

    /usr/bin/python3 tests/bench/generate_portfolio.py --accounts 1000 --seed 1 --output DIR

Writes DIR/accounts.csv, DIR/people.csv and DIR/relationships.csv (README, "Data format
reference"). The same --accounts and --seed give byte-identical files: one random.Random
seeded from both drives everything, and rows are written in generation order.

What a portfolio looks like (the shape the benchmark needs to be realistic, not the names):
  * revenue is Pareto-distributed (alpha 1.16: the 80/20 rule), potential a multiple of it;
    margin, attractiveness and supplier strength uniform; segment from the 2x2 matrix,
    empty for one account in ten as CRMs leave it;
  * each account has 15-60 customer people (bigger accounts more), with DMU roles, power,
    attitude, title, department and a reports-to tree rooted at a decider; one in twenty
    is a placeholder seat (empty name); about one account in three has a sponsor;
  * customer relationships: the reporting lines (as reports_to relationships, also in the
    people.csv column), colleagues who know or work with each other, influences towards
    the top of the tree, and a few conflicts;
  * our internal team of N/5 + 10 people is shared across accounts: every account has an
    owner and 1-4 other colleagues, each knowing 1-5 of its people; the team works with
    each other (works_with);
  * N/20 + 3 outside influencers (consultants) each influence people at 2-8 accounts.
About 38 people and 75 relationships per account: 10,000 accounts is ~376k people and
~747k relationships, under the importer's 1,000,000 rows per file (import/limits.hpp).
"""

import argparse
import csv
import datetime
import os
import random

ROLES = ["decider", "approver", "buyer", "user", "technical", "influencer", "gatekeeper",
         "initiator", "coach"]
ATTITUDES = ["champion", "supporter", "neutral", "neutral", "neutral", "skeptic", "blocker"]
DEPARTMENTS = ["Executive Management", "Finance", "Operations", "Purchasing", "Engineering",
               "Production", "IT", "Quality", "Logistics", "R&D", "Sales", "Legal"]
TITLES = {"decider": "Chief Executive Officer", "approver": "Chief Financial Officer",
          "buyer": "Purchasing Manager", "user": "Operations Manager",
          "technical": "Engineering Manager", "influencer": "Director",
          "gatekeeper": "Executive Assistant", "initiator": "Programme Lead",
          "coach": "Project Manager"}
INTERNAL_DEPARTMENTS = ["Key Account Management", "Sales", "Engineering", "Customer Service",
                        "Finance", "Project Management", "IT Solutions"]
MODES = ["", "trust", "technical", "resource", "service", "risk"]
AS_OF = datetime.date(2026, 11, 23)


def strength(rng):
    return f"{rng.choice((0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)):.1f}"


def contact_date(rng):
    """Most contacts within the last 400 days; one in eight undated."""
    if rng.random() < 0.125:
        return ""
    return (AS_OF - datetime.timedelta(days=rng.randrange(1, 400))).isoformat()


def segment(attractiveness, supplier_strength, rng):
    if rng.random() < 0.1:
        return ""
    high_a, high_s = attractiveness >= 0.6, supplier_strength >= 0.6
    return {(True, True): "strategic", (True, False): "status", (False, True): "star",
            (False, False): "opportunity"}[(high_a, high_s)]


def generate(accounts, seed, out):
    rng = random.Random(f"kamgraph-portfolio/{accounts}/{seed}")
    os.makedirs(out, exist_ok=True)
    team_size = accounts // 5 + 10
    team = [f"int_{i:05d}" for i in range(team_size)]
    consultants = [f"inf_{i:04d}" for i in range(accounts // 20 + 3)]

    af = open(os.path.join(out, "accounts.csv"), "w", newline="", encoding="utf-8")
    pf = open(os.path.join(out, "people.csv"), "w", newline="", encoding="utf-8")
    rf = open(os.path.join(out, "relationships.csv"), "w", newline="", encoding="utf-8")
    with af, pf, rf:
        aw = csv.writer(af, lineterminator="\n")
        pw = csv.writer(pf, lineterminator="\n")
        rw = csv.writer(rf, lineterminator="\n")
        aw.writerow(["id", "name", "segment", "revenue", "potential", "margin",
                     "attractiveness", "supplier_strength"])
        pw.writerow(["id", "name", "org", "kind", "role", "power", "attitude", "title",
                     "department", "reports_to"])
        rw.writerow(["source", "target", "type", "strength", "last_contact", "mode"])

        # Our team, and how it works together: a sparse random graph plus a chain, so
        # that the team is one connected group as it is in a real company.
        for i, pid in enumerate(team):
            dept = INTERNAL_DEPARTMENTS[i % len(INTERNAL_DEPARTMENTS)]
            pw.writerow([pid, f"Colleague {i}", "internal", "internal", "", "", "",
                         dept, dept, ""])
        seen = set()
        for i in range(1, team_size):
            for j in {rng.randrange(i)} | {rng.randrange(team_size) for _ in range(2)}:
                a, b = min(i, j), max(i, j)
                if a == b or (a, b) in seen:
                    continue
                seen.add((a, b))
                rw.writerow([team[a], team[b], "works_with", strength(rng), contact_date(rng),
                             ""])
        for i, pid in enumerate(consultants):
            pw.writerow([pid, f"Consultant {i}", f"Advisory Firm {i % 7}", "influencer",
                         "influencer", f"{rng.uniform(0.3, 0.7):.2f}",
                         rng.choice(ATTITUDES), "Senior Partner", "Consulting", ""])

        account_heads = []  # per account, the ids of its top people (consultants' targets)
        for a in range(accounts):
            aid = f"acc_{a:05d}"
            revenue = int(50_000 * rng.paretovariate(1.16))
            attractiveness, supplier = rng.random(), rng.random()
            aw.writerow([aid, f"Account {a} S.p.A.", segment(attractiveness, supplier, rng),
                         revenue, int(revenue * rng.uniform(1.0, 3.0)),
                         f"{rng.uniform(0.05, 0.3):.2f}", f"{attractiveness:.2f}",
                         f"{supplier:.2f}"])
            # Bigger accounts have bigger buying centres: 15 + up to 40 at random + up to
            # 10 more for revenue (one per 50k), capped at 60; the mean is about 38.
            size = min(60, 15 + int(rng.random() * 40 + min(10.0, revenue / 50_000)))
            ids = [f"a{a:05d}_p{k:02d}" for k in range(size)]
            parent = [None] + [rng.randrange(max(1, k // 2)) if k > 1 else 0
                               for k in range(1, size)]
            sponsor = rng.randrange(1, size) if rng.random() < 0.33 else -1
            for k, pid in enumerate(ids):
                depth_power = 0.95 if k == 0 else max(0.05, rng.uniform(0.1, 0.8) / (1 + k / 15))
                if k == 0:
                    roles = ["decider"]
                elif k < 3:
                    roles = [rng.choice(("approver", "decider", "influencer"))]
                else:
                    roles = rng.sample(ROLES[2:], rng.choice((0, 1, 1, 1, 2)))
                kind = "sponsor" if k == sponsor else "dmu"
                if kind == "sponsor" and "coach" not in roles:
                    roles.append("coach")
                placeholder = k > 0 and rng.random() < 0.05
                title = TITLES[roles[0]] if roles else "Specialist"
                pw.writerow([pid, "" if placeholder else f"Person {a}-{k}", aid, kind,
                             ";".join(roles), f"{depth_power:.2f}",
                             "champion" if kind == "sponsor" else rng.choice(ATTITUDES), title,
                             rng.choice(DEPARTMENTS),
                             "" if parent[k] is None else ids[parent[k]]])
            account_heads.append(ids[:3])

            pairs = set()

            def write(s, t, rtype, mode=""):
                key = (min(s, t), max(s, t), rtype) if rtype in ("knows", "works_with",
                                                                 "conflicts") else (s, t, rtype)
                if s == t or key in pairs:
                    return
                pairs.add(key)
                rw.writerow([s, t, rtype, strength(rng), contact_date(rng), mode])

            for k in range(1, size):  # the reporting lines
                write(ids[k], ids[parent[k]], "reports_to")
            for _ in range(int(size * 0.6)):  # colleagues at the customer
                k, m = rng.randrange(size), rng.randrange(size)
                write(ids[min(k, m)], ids[max(k, m)], rng.choice(("knows", "works_with")))
            for _ in range(int(size * 0.2)):  # influence, mostly upwards
                k = rng.randrange(1, size)
                write(ids[k], ids[rng.randrange(min(k, 5))], "influences")
            if rng.random() < 0.3:
                k, m = rng.randrange(size), rng.randrange(size)
                write(ids[min(k, m)], ids[max(k, m)], "conflicts")
            # Our people on this account: an owner and 1-4 others, most accounts covered,
            # one in twenty with no contact at all (bought through a distributor).
            if rng.random() < 0.05:
                continue
            ours = [team[rng.randrange(team_size)] for _ in range(1 + rng.randrange(1, 5))]
            for n, colleague in enumerate(dict.fromkeys(ours)):
                for _ in range(rng.randrange(1, 6)):
                    # The owner tends to know the top of the tree.
                    k = rng.randrange(min(size, 4)) if n == 0 else rng.randrange(size)
                    write(colleague, ids[k], "knows", rng.choice(MODES))

        for c in consultants:
            targets = {rng.choice(account_heads[rng.randrange(accounts)])
                       for _ in range(rng.randrange(2, 9))}
            for target in sorted(targets):  # sorted: set order is not deterministic
                rw.writerow([c, target, "influences", strength(rng), contact_date(rng), ""])
            if rng.random() < 0.5:
                rw.writerow([team[rng.randrange(team_size)], c, "knows", strength(rng),
                             contact_date(rng), "risk"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()
    if args.accounts < 1:
        parser.error("--accounts must be at least 1")
    generate(args.accounts, args.seed, args.output)


if __name__ == "__main__":
    main()
