#!/usr/bin/env python3
"""Generate the sample Salesforce data export in samples/salesforce/.

What it models
--------------
Corvane Industrial Software, a supplier of manufacturing-execution and warehouse software,
keeps its key accounts in Salesforce. This is the part of its weekly data export that
kamgraph reads, as Salesforce writes it: one CSV file per object, headers as the objects'
API field names, every value double-quoted, UTF-8, columns kamgraph ignores kept in
(billing addresses with line breaks, phone numbers, audit fields), and deleted records
marked IsDeleted. Five accounts, 33 contacts (one of them private, at no account), 11
users, account teams, opportunities with contact roles, account-contact relations with
roles, and about 400 tasks and events.

Ids look like real ones: a key prefix (001 account, 003 contact, 005 user, 006
opportunity, 00Q lead, 00T task, 00U event, 01M team member, 00K contact role, 07k
account-contact relation), the instance "5g", and a record part. Most files carry the
18-character form (the 15 case-sensitive characters plus a checksum of their letter case);
AccountTeamMember.csv and OpportunityContactRole.csv carry the 15-character form, as a
report export would; Contact.csv's ReportsToId mixes both, and one task names its contact
by a lower-cased 18-character id, as a spreadsheet round trip leaves it. All of them must
read as the same records.

The situation at each account (the as-of date of the sample is 2025-06-30):

* Kessler Pharma GmbH - a diamond: the KAM, a sales engineer, customer success, service,
  finance and the executive sponsor each talk to their counterparts.
* Aurora Logistics B.V. - a bow-tie: nearly everything runs through the KAM and the
  procurement manager, by email.
* Marlow, Finch & Co. Retail plc - the relationships went with the account executive who
  left (Daniel Hughes, now an inactive user): his many meetings no longer count, and what
  is left is thin and old.
* Porto Atlantico Energia S.A. - moderate coverage, with a champion in engineering.
* Vistula Foods Sp. z o.o. - a new account: a few first calls, the first meetings still in
  the calendar (after the as-of date, so not yet relationships).

A few relationships are scripted exactly, so that tests can check the strength formula by
hand (the README, "Importing from a CRM, and GraphML", "Strength"; half-life 90 days, saturation 2, weights meeting 1,
call 0.5, email and other 0.25):

* Julia Brenner - Anna Kessler: meetings on 2025-06-12, 2025-03-14 and 2024-12-14
  (0, 90 and 180 days before the last) and an email on 2025-06-12:
  X = 1 + 0.5 + 0.25 + 0.25 = 2, strength 1 - e^-1 = 0.63. Not counted: a meeting
  planned for 2025-07-08 (after the as-of date), an open task on 2025-06-20 and a deleted
  one on 2025-06-25.
* Priya Nair - Felix Braun: one call on 2025-05-20: 1 - e^-0.25 = 0.22.
* Lukas Weber - Beatriz Costa: emails on 2025-06-27 and 2025-03-29 (90 days apart):
  X = 0.25 + 0.125, strength 1 - e^-0.1875 = 0.17.
* Claire Dubois - James Whitcombe: one meeting on 2024-01-15: 0.39, last contact
  2024-01-15.

Every other activity is drawn at random from a fixed seed. The output is deterministic:
same seed, records in a fixed order, LF line ends. Python 3 standard library only.

Usage: scripts/make_salesforce_sample.py [--out DIR]   (default: samples/salesforce)
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import random

SEED = 20250630
AS_OF = datetime.date(2025, 6, 30)
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"

rnd = random.Random(SEED)
_used: set[str] = set()


def id15(prefix: str) -> str:
    """A new 15-character id with the given key prefix."""
    while True:
        tail = "".join(rnd.choice(ALNUM) for _ in range(5))
        out = prefix + "5g00000" + tail
        if out not in _used:
            _used.add(out)
            return out


def id18(i15: str) -> str:
    """The 18-character form: 15 characters plus the case checksum."""
    out = i15
    for k in range(3):
        bits = 0
        for i in range(5):
            if i15[5 * k + i].isupper():
                bits |= 1 << i
        out += SUFFIX[bits]
    return out


def stamp(day: datetime.date, minutes: int = 540) -> str:
    """A Salesforce date-time in UTC, as the export writes CreatedDate."""
    return f"{day.isoformat()}T{minutes // 60:02d}:{minutes % 60:02d}:00.000Z"


# --- users -------------------------------------------------------------------------------
# key: (first, last, title, department, active)
USERS = {
    "julia": ("Julia", "Brenner", "Key Account Manager", "Sales", True),
    "tomas": ("Tomás", "Ferreira", "Key Account Manager", "Sales", True),
    "priya": ("Priya", "Nair", "Senior Sales Engineer", "Pre-Sales", True),
    "lukas": ("Lukas", "Weber", "Solutions Architect", "Pre-Sales", True),
    "hannah": ("Hannah", "Okafor", "Customer Success Manager", "Customer Success", True),
    "marek": ("Marek", "Nowak", "Service Delivery Lead", "Service", True),
    "claire": ("Claire", "Dubois", "Commercial Finance Manager", "Finance", True),
    # No job title in Salesforce: kamgraph takes the account-team role instead.
    "robert": ("Robert", "Lindqvist", "", "Executive Management", True),
    "daniel": ("Daniel", "Hughes", "Account Executive", "Sales", False),
    "emma": ("Emma", "Schultz", "Sales Development Representative", "Sales", True),
    "integration": ("", "Integration User", "", "", True),
}
USER_ID = {k: id15("005") for k in USERS}

# --- accounts ------------------------------------------------------------------------------
# key: (name, type, street, city, postcode, country, industry, annual revenue, employees, owner)
ACCOUNTS = {
    "kessler": ("Kessler Pharma GmbH", "Customer - Direct", "Industriestraße 12\nWerk 3",
                "Freiburg im Breisgau", "79108", "Germany", "Biotechnology", 2400000000, 5200,
                "julia"),
    "aurora": ("Aurora Logistics B.V.", "Customer - Direct", "Waalhaven Zuidzijde 21",
               "Rotterdam", "3089 JH", "Netherlands", "Transportation", 640000000, 2100,
               "tomas"),
    "marlow": ("Marlow, Finch & Co. Retail plc", "Customer - Channel",
               "1 Finch Yard\nCanal Street", "Manchester", "M1 3HE", "United Kingdom",
               "Retail", 1150000000, 8800, "tomas"),
    "porto": ("Porto Atlântico Energia S.A.", "Customer - Direct", "Avenida da Boavista 1837",
              "Porto", "4100-133", "Portugal", "Energy", 980000000, 1700, "tomas"),
    "vistula": ("Vistula Foods Sp. z o.o.", "Prospect", "ul. Przemysłowa 8", "Toruń",
                "87-100", "Poland", "Food & Beverage", 310000000, 1400, "julia"),
}
ACCOUNT_ID = {k: id15("001") for k in ACCOUNTS}

# --- contacts ------------------------------------------------------------------------------
# key: (account, salutation, first, last, title, department, reports_to, power, attitude)
# power and attitude are the org's custom fields KAM_Power__c and KAM_Attitude__c, filled
# in for some contacts only.
CONTACTS = {
    "k_ceo": ("kessler", "Dr.", "Anna", "Kessler", "Chief Executive Officer", "Executive Board",
              None, "0.9", "Supporter"),
    "k_cfo": ("kessler", "Mr.", "Matthias", "Roth", "Chief Financial Officer", "Finance", "k_ceo",
              "0.75", ""),
    "k_coo": ("kessler", "Ms.", "Sabine", "Hartmann", "Chief Operating Officer", "Operations",
              "k_ceo", "", ""),
    "k_proc": ("kessler", "Mr.", "Jonas", "Becker", "Head of Procurement", "Procurement", "k_cfo",
               "", ""),
    "k_it": ("kessler", "Dr.", "Felix", "Braun", "Head of Manufacturing IT", "IT", "k_coo", "", ""),
    "k_qa": ("kessler", "Ms.", "Miriam", "Schulz", "Director, Quality Assurance", "Quality",
             "k_coo", "", ""),
    "k_plant": ("kessler", "Mr.", "Stefan", "Vogel", "Plant Manager Freiburg", "Operations",
                "k_coo", "", ""),
    "k_eng": ("kessler", "Ms.", "Lena", "Fischer", "Automation Engineer", "Engineering", "k_it",
              "", ""),
    "k_asst": ("kessler", "Ms.", "Petra", "Klein", "Executive Assistant to the CEO",
               "Executive Board", "k_ceo", "", ""),
    "a_md": ("aurora", "Mr.", "Pieter", "van Dijk", "Managing Director", "Management", None, "",
             ""),
    "a_proc": ("aurora", "Ms.", "Sanne", "de Vries", "Procurement Manager", "Procurement", "a_fin",
               "", "Champion"),
    "a_ops": ("aurora", "Mr.", "Bram", "Janssen", "Head of Warehouse Operations", "Operations",
              "a_md", "", ""),
    "a_it": ("aurora", "Ms.", "Femke", "Bakker", "IT Manager", "IT", "a_md", "", ""),
    "a_fin": ("aurora", "Mr.", "Ruud", "Smit", "Finance Director", "Finance", "a_md", "", ""),
    "a_wh": ("aurora", "Ms.", "Ilse", "Mulder", "Warehouse Supervisor, Rotterdam", "Operations",
             "a_ops", "", ""),
    "m_ceo": ("marlow", "Ms.", "Eleanor", "Marlow", "Chief Executive", "Board", None, "", ""),
    "m_cfo": ("marlow", "Mr.", "James", "Whitcombe", "Chief Financial Officer", "Finance", "m_ceo",
              "", ""),
    "m_cio": ("marlow", "Ms.", "Aisha", "Rahman", "Chief Information Officer", "IT", "m_ceo",
              "0.7", "Skeptic"),
    "m_store": ("marlow", "Mr.", "Oliver", "Bennett", "Head of Store Operations", "Operations",
                "m_ceo", "", ""),
    "m_proc": ("marlow", "Ms.", "Charlotte", "Hughes", "Procurement Lead", "Procurement", "m_cfo",
               "", ""),
    "m_pa": ("marlow", "Ms.", "Grace", "O'Neill", "PA to the Chief Executive", "Board",
             "m_ceo", "", ""),
    "p_ceo": ("porto", "Sr.", "João", "Carvalho", "Presidente Executivo", "Administração", None,
              "", ""),
    "p_cfo": ("porto", "Sra.", "Inês", "Sousa", "Diretora Financeira", "Finanças", "p_ceo", "", ""),
    "p_cto": ("porto", "Eng.", "Rui", "Almeida", "Diretor de Tecnologia", "Tecnologia", "p_ceo",
              "", ""),
    "p_eng": ("porto", "Eng.", "Beatriz", "Costa", "Engenheira de Automação", "Tecnologia",
              "p_cto", "", ""),
    "p_ops": ("porto", "Sr.", "Miguel", "Pereira", "Diretor de Operações", "Operações", "p_ceo",
              "", ""),
    "p_proc": ("porto", "Sra.", "Catarina", "Lopes", "Gestora de Compras", "Compras", "p_cfo", "",
               ""),
    "v_ceo": ("vistula", "Pan", "Tomasz", "Wiśniewski", "Prezes Zarządu", "Zarząd", None, "", ""),
    "v_cfo": ("vistula", "Pani", "Agnieszka", "Zielińska", "Dyrektor Finansowy", "Finanse",
              "v_ceo", "", ""),
    "v_prod": ("vistula", "Pan", "Paweł", "Kowalczyk", "Dyrektor Produkcji", "Produkcja", "v_ceo",
               "", ""),
    "v_it": ("vistula", "Pan", "Krzysztof", "Lewandowski", "Kierownik IT", "IT", "v_prod", "", ""),
    "v_q": ("vistula", "Pani", "Magdalena", "Wójcik", "Kierownik Jakości", "Jakość", "v_prod", "",
            ""),
    # A private contact: no account, so not in anybody's buying centre.
    "private": (None, "Mr.", "Sam", "Taylor", "Independent Consultant", "", None, "", ""),
}
CONTACT_ID = {k: id15("003") for k in CONTACTS}

# --- account teams: (account, user, TeamMemberRole) -----------------------------------------
TEAM = [
    ("kessler", "julia", "Account Manager"),
    ("kessler", "priya", "Sales Engineer"),
    ("kessler", "hannah", "Customer Success Manager"),
    ("kessler", "marek", "Technical Account Manager"),
    ("kessler", "claire", "Finance"),
    ("kessler", "robert", "Executive Sponsor"),
    ("aurora", "tomas", "Account Manager"),
    ("aurora", "lukas", "Sales Engineer"),
    ("marlow", "tomas", "Account Manager"),
    ("marlow", "daniel", "Account Manager"),
    ("marlow", "claire", "Finance"),
    ("porto", "tomas", "Account Manager"),
    ("porto", "lukas", "Sales Engineer"),
    ("porto", "marek", "Technical Account Manager"),
    ("vistula", "julia", "Account Manager"),
    ("vistula", "priya", "Sales Engineer"),
]

# --- opportunities: (key, account, name, stage, amount, close date, owner) ----------------------
OPPORTUNITIES = [
    ("k1", "kessler", "Kessler - MES rollout Freiburg", "Closed Won", "1250000", "2024-11-28",
     "julia"),
    ("k2", "kessler", "Kessler - Batch record module", "Closed Won", "340000", "2025-04-15",
     "julia"),
    ("k3", "kessler", "Kessler - Second site (Basel)", "Negotiation/Review", "2100000",
     "2025-09-30", "julia"),
    ("k4", "kessler", "Kessler - Pilot 2023", "Closed Won", "180000", "2023-10-02", "julia"),
    ("a1", "aurora", "Aurora - WMS upgrade", "Closed Won", "460000", "2025-02-20", "tomas"),
    ("a2", "aurora", "Aurora - Yard management", "Proposal/Price Quote", "220000", "2025-08-29",
     "tomas"),
    ("m1", "marlow", "Marlow Finch - Store replenishment", "Closed Won", "690000", "2023-09-12",
     "daniel"),
    ("m2", "marlow", "Marlow Finch - Renewal 2025", "Closed Lost", "150000", "2025-03-31",
     "tomas"),
    ("p1", "porto", "Porto Atlântico - Plant monitoring", "Closed Won", "520000", "2024-07-19",
     "tomas"),
    ("p2", "porto", "Porto Atlântico - Predictive maintenance", "Id. Decision Makers", "800000",
     "2025-12-15", "tomas"),
    ("v1", "vistula", "Vistula - MES pilot line 2", "Qualification", "260000", "2025-11-30",
     "julia"),
]
OPP_ID = {o[0]: id15("006") for o in OPPORTUNITIES}

# --- contact roles on opportunities: (opportunity, contact, role, primary) -----------------------
CONTACT_ROLES = [
    ("k1", "k_coo", "Economic Decision Maker", True),
    ("k1", "k_cfo", "Economic Buyer", False),
    ("k1", "k_it", "Technical Buyer", False),
    ("k1", "k_plant", "Business User", False),
    ("k2", "k_qa", "Evaluator", True),
    ("k2", "k_eng", "Business User", False),
    ("k3", "k_ceo", "Decision Maker", True),
    ("k3", "k_cfo", "Economic Buyer", False),
    ("k3", "k_it", "Technical Buyer", False),
    ("k4", "k_plant", "Other", True),
    ("a1", "a_md", "Economic Decision Maker", True),
    ("a1", "a_fin", "Economic Buyer", False),
    ("a1", "a_it", "Technical Buyer", False),
    ("a1", "a_ops", "Business User", False),
    ("a2", "a_ops", "Influencer", True),
    ("m1", "m_ceo", "Decision Maker", True),
    ("m1", "m_cfo", "Economic Buyer", False),
    ("m1", "m_store", "Business User", False),
    ("m2", "m_cio", "Technical Buyer", True),
    ("m2", "m_proc", "Influencer", False),
    ("p1", "p_ceo", "Decision Maker", True),
    ("p1", "p_cfo", "Economic Buyer", False),
    ("p1", "p_cto", "Technical Buyer", False),
    ("p1", "p_eng", "Evaluator", False),
    ("p2", "p_cto", "Executive Sponsor", True),
    ("p2", "p_ops", "Business User", False),
    ("v1", "v_ceo", "Decision Maker", True),
    ("v1", "v_it", "Technical Buyer", False),
    ("v1", "v_prod", "Business User", False),
]

# --- account-contact relations: (contact, account, roles, direct) ----------------------------
# Roles is a multi-select picklist (';'-separated). The indirect relation (a contact of one
# account related to another) is not read by kamgraph.
RELATIONS = [
    ("k_ceo", "kessler", "Decision Maker", True),
    ("k_proc", "kessler", "Procurement", True),
    ("k_asst", "kessler", "Gatekeeper", True),
    ("a_proc", "aurora", "Procurement;Influencer", True),
    ("p_eng", "porto", "Champion", True),
    ("p_proc", "porto", "Procurement", True),
    ("m_pa", "marlow", "", True),
    ("v_cfo", "vistula", "Economic Buyer", True),
    ("k_it", "porto", "Influencer", False),
]

# --- activities --------------------------------------------------------------------------------
TASKS: list[dict] = []
EVENTS: list[dict] = []

CALL_SUBJECTS = ["Call", "Call: follow-up on proposal", "Call: go-live planning",
                 "Call - escalation, line 2", "Call: QBR preparation"]
EMAIL_SUBJECTS = ["Email: RE: revised quote", "Email: Meeting notes, next steps",
                  "Email: FW: validation protocol", "Email: \"Go-live\" checklist",
                  "Email: RE: invoice 2025-0113"]
OTHER_SUBJECTS = ["Send reference customer list", "Prepare business case",
                  "Update org chart after re-organisation"]
MEETING_SUBJECTS = ["Quarterly business review", "Site visit", "Steering committee",
                    "Workshop: warehouse layout", "Dinner after trade fair",
                    "Technical deep dive, MES integration"]


def add_task(owner: str, who: str | None, day: datetime.date, kind: str, *,
             closed: bool = True, deleted: bool = False, who_text: str | None = None,
             what: str = "", description: str = "") -> None:
    subject = {"call": rnd.choice(CALL_SUBJECTS), "email": rnd.choice(EMAIL_SUBJECTS),
               "other": rnd.choice(OTHER_SUBJECTS)}[kind]
    if who_text is None:
        who_text = id18(CONTACT_ID[who]) if who else ""
    TASKS.append({
        "Id": id18(id15("00T")),
        "WhoId": who_text,
        "WhatId": what,
        "Subject": subject,
        "ActivityDate": day.isoformat(),
        "Status": "Completed" if closed else "Not Started",
        "Priority": "Normal",
        "IsHighPriority": "false",
        "OwnerId": id18(USER_ID[owner]),
        "Description": description,
        "IsDeleted": "true" if deleted else "false",
        "IsClosed": "true" if closed else "false",
        "CreatedDate": stamp(day, rnd.randrange(420, 1080)),
        "TaskSubtype": {"call": "Call", "email": "Email", "other": "Task"}[kind],
        "Type": {"call": "Call", "email": "Email", "other": "Other"}[kind],
        "CallDurationInSeconds": str(rnd.randrange(120, 2400)) if kind == "call" else "",
    })


def add_event(owner: str, who: str, day: datetime.date, *, deleted: bool = False,
              description: str = "") -> None:
    start = rnd.choice([510, 540, 600, 660, 780, 840, 900])
    account = CONTACTS[who][0]
    EVENTS.append({
        "Id": id18(id15("00U")),
        "WhoId": id18(CONTACT_ID[who]),
        "WhatId": id18(ACCOUNT_ID[account]) if account else "",
        "Subject": rnd.choice(MEETING_SUBJECTS),
        "Location": rnd.choice(["Customer site", "Teams", "Our office", ""]),
        "IsAllDayEvent": "false",
        "ActivityDateTime": stamp(day, start),
        "ActivityDate": day.isoformat(),
        "DurationInMinutes": str(rnd.choice([30, 60, 90, 120])),
        "Description": description,
        "OwnerId": id18(USER_ID[owner]),
        "Type": "Meeting",
        "IsChild": "false",
        "IsDeleted": "true" if deleted else "false",
        "CreatedDate": stamp(day - datetime.timedelta(days=rnd.randrange(1, 30)), 480),
    })


def scripted() -> None:
    """The relationships tests check by hand (see the module docstring)."""
    d = datetime.date
    for day in (d(2025, 6, 12), d(2025, 3, 14), d(2024, 12, 14)):
        add_event("julia", "k_ceo", day,
                  description="Agenda:\n1. Basel site, timing\n2. \"Batch record\" feedback")
    # The email names the contact by its 15-character id.
    add_task("julia", "k_ceo", d(2025, 6, 12), "email", who_text=CONTACT_ID["k_ceo"])
    add_event("julia", "k_ceo", d(2025, 7, 8))  # planned: after the as-of date
    add_task("julia", "k_ceo", d(2025, 6, 20), "call", closed=False)  # open task
    add_task("julia", "k_ceo", d(2025, 6, 25), "call", deleted=True)  # in the recycle bin
    # A spreadsheet lower-cased this id; its checksum restores it.
    add_task("priya", "k_it", d(2025, 5, 20), "call", who_text=id18(CONTACT_ID["k_it"]).lower())
    add_task("lukas", "p_eng", d(2025, 6, 27), "email")
    add_task("lukas", "p_eng", d(2025, 3, 29), "email")
    add_event("claire", "m_cfo", d(2024, 1, 15))


def random_day(first: datetime.date, last: datetime.date) -> datetime.date:
    return first + datetime.timedelta(days=rnd.randrange((last - first).days + 1))


# (owner, contact, number of activities, (meeting, call, email, other) weights, first, last)
RECENT = (datetime.date(2024, 7, 1), datetime.date(2025, 6, 28))
OLD = (datetime.date(2023, 3, 1), datetime.date(2024, 6, 30))
PAIRS = [
    ("julia", "k_coo", 18, (3, 3, 4, 1), RECENT),
    ("julia", "k_cfo", 9, (2, 2, 4, 1), RECENT),
    ("julia", "k_proc", 14, (1, 3, 6, 1), RECENT),
    ("julia", "k_asst", 7, (0, 3, 4, 0), RECENT),
    ("priya", "k_eng", 16, (3, 4, 6, 1), RECENT),
    ("priya", "k_qa", 8, (2, 2, 3, 1), RECENT),
    ("hannah", "k_plant", 15, (3, 5, 5, 2), RECENT),
    ("hannah", "k_eng", 6, (1, 2, 3, 0), RECENT),
    ("marek", "k_plant", 10, (2, 4, 3, 1), RECENT),
    ("marek", "k_it", 7, (1, 2, 4, 0), RECENT),
    ("claire", "k_cfo", 5, (1, 1, 3, 0), RECENT),
    ("robert", "k_coo", 3, (3, 0, 0, 0), RECENT),
    ("tomas", "a_proc", 60, (1, 6, 20, 2), RECENT),
    ("tomas", "a_md", 2, (1, 0, 1, 0), OLD),
    ("lukas", "a_it", 4, (0, 1, 3, 0), RECENT),
    ("daniel", "m_ceo", 22, (6, 4, 4, 1), OLD),
    ("daniel", "m_cfo", 12, (3, 3, 5, 1), OLD),
    ("daniel", "m_store", 16, (4, 5, 6, 1), OLD),
    ("daniel", "m_cio", 9, (2, 3, 3, 1), OLD),
    ("tomas", "m_proc", 6, (0, 2, 4, 0), RECENT),
    ("tomas", "p_ceo", 6, (3, 2, 1, 0), RECENT),
    ("tomas", "p_cfo", 5, (1, 2, 2, 0), RECENT),
    ("lukas", "p_cto", 14, (4, 4, 5, 1), RECENT),
    ("marek", "p_ops", 12, (2, 5, 4, 1), RECENT),
    ("marek", "p_eng", 7, (1, 3, 3, 0), RECENT),
    ("julia", "v_ceo", 2, (0, 2, 0, 0), (datetime.date(2025, 5, 1), datetime.date(2025, 6, 20))),
    ("priya", "v_it", 3, (0, 1, 2, 0), (datetime.date(2025, 5, 1), datetime.date(2025, 6, 25))),
]
KINDS = ["meeting", "call", "email", "other"]


def drawn() -> None:
    for owner, who, count, weights, (first, last) in PAIRS:
        for _ in range(count):
            kind = rnd.choices(KINDS, weights=weights)[0]
            day = random_day(first, last)
            if kind == "meeting":
                add_event(owner, who, day)
            else:
                add_task(owner, who, day, kind,
                         what=id18(ACCOUNT_ID[CONTACTS[who][0]]) if rnd.random() < 0.5 else "")
    # Planned first meetings at Vistula: not relationships yet.
    for who in ("v_ceo", "v_cfo", "v_prod"):
        add_event("julia", who, random_day(datetime.date(2025, 7, 2), datetime.date(2025, 7, 31)))
    # Prospecting: tasks with leads (00Q) and tasks at an account with nobody named.
    for _ in range(40):
        lead = id18(id15("00Q"))
        add_task("emma", None, random_day(*RECENT), rnd.choice(["call", "email"]), who_text=lead)
    for _ in range(12):
        add_task("julia", None, random_day(*RECENT), "other",
                 what=id18(ACCOUNT_ID[rnd.choice(list(ACCOUNTS))]))
    # Open to-dos due later, and a few deleted records.
    for _ in range(15):
        owner, who = rnd.choice([(p[0], p[1]) for p in PAIRS if p[0] != "daniel"])
        add_task(owner, who, random_day(datetime.date(2025, 6, 1), datetime.date(2025, 8, 31)),
                 "other", closed=False)
    for _ in range(6):
        owner, who = rnd.choice([(p[0], p[1]) for p in PAIRS if p[0] != "daniel"])
        add_task(owner, who, random_day(*RECENT), "call", deleted=True)
    # The private contact: someone a colleague talks to, at no account.
    add_event("julia", "private", datetime.date(2025, 4, 9))


def write(path: str, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(columns)
        for row in rows:
            w.writerow([row.get(c, "") for c in columns])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "samples", "salesforce"))
    out = parser.parse_args().out
    os.makedirs(out, exist_ok=True)

    scripted()
    drawn()

    users = []
    for key, (first, last, title, dept, active) in USERS.items():
        uid = USER_ID[key]
        users.append({
            "Id": id18(uid), "Username": f"{(first or 'api').lower()}.{last.lower().replace(' ', '')}"
                                        "@corvane.example",
            "LastName": last, "FirstName": first, "Name": f"{first} {last}".strip(),
            "CompanyName": "Corvane Industrial Software", "Department": dept, "Title": title,
            "Email": f"{(first or 'api').lower()}.{last.lower().replace(' ', '')}@corvane.example",
            "IsActive": "true" if active else "false",
            "UserType": "Standard", "LanguageLocaleKey": "en_US",
            "CreatedDate": stamp(datetime.date(2021, 3, 1)),
        })
    write(os.path.join(out, "User.csv"),
          ["Id", "Username", "LastName", "FirstName", "Name", "CompanyName", "Department",
           "Title", "Email", "IsActive", "UserType", "LanguageLocaleKey", "CreatedDate"], users)

    accounts = []
    for key, (name, typ, street, city, pc, country, industry, rev, emp, owner) in ACCOUNTS.items():
        accounts.append({
            "Id": id18(ACCOUNT_ID[key]), "IsDeleted": "false", "MasterRecordId": "",
            "Name": name, "Type": typ, "ParentId": "", "BillingStreet": street,
            "BillingCity": city, "BillingPostalCode": pc, "BillingCountry": country,
            "Phone": f"+{rnd.randrange(30, 49)} {rnd.randrange(100, 999)} {rnd.randrange(100000, 999999)}",
            "Website": "www." + name.split()[0].lower().strip(",") + ".example",
            "Industry": industry, "AnnualRevenue": str(rev), "NumberOfEmployees": str(emp),
            "OwnerId": id18(USER_ID[owner]), "CreatedDate": stamp(datetime.date(2022, 5, 17)),
        })
    write(os.path.join(out, "Account.csv"),
          ["Id", "IsDeleted", "MasterRecordId", "Name", "Type", "ParentId", "BillingStreet",
           "BillingCity", "BillingPostalCode", "BillingCountry", "Phone", "Website", "Industry",
           "AnnualRevenue", "NumberOfEmployees", "OwnerId", "CreatedDate"], accounts)

    contacts = []
    for n, (key, c) in enumerate(CONTACTS.items()):
        account, sal, first, last, title, dept, boss, power, attitude = c
        # Half of the managers are named by the 15-character id, half by the 18.
        boss_id = ""
        if boss:
            boss_id = CONTACT_ID[boss] if n % 2 else id18(CONTACT_ID[boss])
        contacts.append({
            "Id": id18(CONTACT_ID[key]), "IsDeleted": "false", "MasterRecordId": "",
            "AccountId": id18(ACCOUNT_ID[account]) if account else "",
            "LastName": last, "FirstName": first, "Salutation": sal,
            "Phone": f"+{rnd.randrange(30, 49)} {rnd.randrange(100, 999)} {rnd.randrange(100000, 999999)}",
            "Email": f"{first.lower()}.{last.lower().replace(' ', '').replace(chr(39), '')}@example.com",
            "Title": title, "Department": dept, "ReportsToId": boss_id,
            "LeadSource": rnd.choice(["Trade Show", "Web", "Partner Referral", ""]),
            "OwnerId": id18(USER_ID[ACCOUNTS[account][9]]) if account else id18(USER_ID["julia"]),
            "KAM_Power__c": power, "KAM_Attitude__c": attitude,
            "CreatedDate": stamp(datetime.date(2023, 1, 9)),
        })
    write(os.path.join(out, "Contact.csv"),
          ["Id", "IsDeleted", "MasterRecordId", "AccountId", "LastName", "FirstName",
           "Salutation", "Phone", "Email", "Title", "Department", "ReportsToId", "LeadSource",
           "OwnerId", "KAM_Power__c", "KAM_Attitude__c", "CreatedDate"], contacts)

    team = [{
        "Id": id15("01M"), "AccountId": ACCOUNT_ID[a], "UserId": USER_ID[u],
        "TeamMemberRole": role, "AccountAccessLevel": "Edit", "OpportunityAccessLevel": "Read",
        "CaseAccessLevel": "Read", "IsDeleted": "false",
        "CreatedDate": stamp(datetime.date(2023, 2, 1)),
    } for a, u, role in TEAM]
    write(os.path.join(out, "AccountTeamMember.csv"),
          ["Id", "AccountId", "UserId", "TeamMemberRole", "AccountAccessLevel",
           "OpportunityAccessLevel", "CaseAccessLevel", "IsDeleted", "CreatedDate"], team)

    probability = {"Closed Won": 100, "Closed Lost": 0, "Negotiation/Review": 90,
                   "Proposal/Price Quote": 75, "Id. Decision Makers": 60, "Qualification": 10}
    opportunities = [{
        "Id": id18(OPP_ID[k]), "IsDeleted": "false", "AccountId": id18(ACCOUNT_ID[a]),
        "Name": name, "StageName": stage, "Amount": amount,
        "Probability": str(probability[stage]), "CloseDate": close, "Type": "New Business",
        "IsClosed": "true" if stage.startswith("Closed") else "false",
        "IsWon": "true" if stage == "Closed Won" else "false",
        "ForecastCategory": "Closed" if stage == "Closed Won" else "Pipeline",
        "OwnerId": id18(USER_ID[owner]), "CreatedDate": stamp(datetime.date(2023, 6, 5)),
    } for k, a, name, stage, amount, close, owner in OPPORTUNITIES]
    write(os.path.join(out, "Opportunity.csv"),
          ["Id", "IsDeleted", "AccountId", "Name", "StageName", "Amount", "Probability",
           "CloseDate", "Type", "IsClosed", "IsWon", "ForecastCategory", "OwnerId",
           "CreatedDate"], opportunities)

    roles = [{
        "Id": id15("00K"), "OpportunityId": OPP_ID[o], "ContactId": CONTACT_ID[c], "Role": role,
        "IsPrimary": "true" if primary else "false", "IsDeleted": "false",
        "CreatedDate": stamp(datetime.date(2023, 6, 6)),
    } for o, c, role, primary in CONTACT_ROLES]
    write(os.path.join(out, "OpportunityContactRole.csv"),
          ["Id", "OpportunityId", "ContactId", "Role", "IsPrimary", "IsDeleted", "CreatedDate"],
          roles)

    relations = [{
        "Id": id18(id15("07k")), "AccountId": id18(ACCOUNT_ID[a]),
        "ContactId": id18(CONTACT_ID[c]), "Roles": roles_, "IsDirect": "true" if direct else "false",
        "IsActive": "true", "StartDate": "2023-01-09", "EndDate": "", "IsDeleted": "false",
    } for c, a, roles_, direct in RELATIONS]
    write(os.path.join(out, "AccountContactRelation.csv"),
          ["Id", "AccountId", "ContactId", "Roles", "IsDirect", "IsActive", "StartDate",
           "EndDate", "IsDeleted"], relations)

    # Salesforce exports activities in no particular order; by CreatedDate here, stable.
    TASKS.sort(key=lambda t: (t["CreatedDate"], t["Id"]))
    EVENTS.sort(key=lambda e: (e["CreatedDate"], e["Id"]))
    write(os.path.join(out, "Task.csv"),
          ["Id", "WhoId", "WhatId", "Subject", "ActivityDate", "Status", "Priority",
           "IsHighPriority", "OwnerId", "Description", "IsDeleted", "IsClosed", "CreatedDate",
           "TaskSubtype", "Type", "CallDurationInSeconds"], TASKS)
    write(os.path.join(out, "Event.csv"),
          ["Id", "WhoId", "WhatId", "Subject", "Location", "IsAllDayEvent", "ActivityDateTime",
           "ActivityDate", "DurationInMinutes", "Description", "OwnerId", "Type", "IsChild",
           "IsDeleted", "CreatedDate"], EVENTS)
    print(f"wrote {out}: {len(accounts)} accounts, {len(contacts)} contacts, {len(users)} users, "
          f"{len(TASKS)} tasks, {len(EVENTS)} events")


if __name__ == "__main__":
    main()
