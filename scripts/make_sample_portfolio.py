#!/usr/bin/env python3
"""Generate the bundled sample portfolio in samples/portfolio/.

What it models
--------------
One supplier (an Italian industrial-technology group selling automation lines, medical
imaging and logistics platforms) with a portfolio of 30 business customers in Italy,
Poland, Switzerland and Germany, as a sales manager would audit it for contact coverage:

* accounts.csv: 30 accounts across sectors. Revenue follows the 80/20 rule (seed 002's
  ABC analysis): the top 6 accounts (20%) make about 80% of revenue, the next 9 about 15%,
  the last 15 about 5%. `segment` follows seed 001's attractiveness x supplier-strength
  matrix (both >= 0.6: strategic; attractive but weak: status; strong but less attractive:
  star; neither: opportunity); four accounts leave it empty, as CRMs do.
* people.csv: each account's buying centre (6-20 people, more for bigger accounts) built
  from sector templates of DMU seats (decider, approver, buyer, user, technical,
  influencer, gatekeeper, ...) with power, attitude, title, department and the org chart
  in `reports_to`; five placeholders (seats nobody we know fills, empty name); three
  outside consultants who influence several accounts (the same ids as in graphs/*.dot);
  and our internal team of 16, also with the ids and attributes used in graphs/*.dot.
* relationships.csv: who on our team knows whom at the customer, with strength, date of
  last contact (some stale, some undated) and the relationship-building mode (seed 001's
  trust / technical / resource / service / risk); plus the customer's own working,
  reporting, influence and conflict relationships.

Why: the data carries the weaknesses a coverage audit must find (samples/portfolio/README.md
lists them). Accounts are drawn from seven coverage profiles:

* diamond  - many of our functions talk to their counterparts (the healthy case);
* standard - KAM or sales owner plus a technical and a service contact; gaps vary;
* bowtie   - everything runs through one pair: our owner and the customer's buyer;
* greco    - key-person risk: Franco Greco (int_sales_greco), a senior sales director,
             is the ONLY person on our team who knows the deciders of four big accounts;
* sales_only - small opportunity accounts served by one salesperson, as seed 001's
             policy says ("preferred customer, sales contact only"): a bow-tie by design;
* weak     - one or two weak (strength <= 0.3), mostly stale or undated contacts;
* none     - no relationship with our team at all (bought through a distributor).

The output is deterministic: a fixed random seed, records sorted by id (relationships by
source, target, type; symmetric ones written with source < target), LF line ends,
RFC 4180 quoting. Dates are relative to an audit date of 2026-11-23: "fresh" contacts fall
in 2026-07-01..2026-11-20, "stale" ones (older than 180 days) in 2025-06-02..2026-02-27.
Python 3 standard library only.

Usage: scripts/make_sample_portfolio.py [--out DIR]   (default: samples/portfolio)
"""

from __future__ import annotations

import argparse
import csv
import datetime
import os
import random
import sys
from dataclasses import dataclass, field

SEED = 20261123
FRESH = (datetime.date(2026, 7, 1), datetime.date(2026, 11, 20))
STALE = (datetime.date(2025, 6, 2), datetime.date(2026, 2, 27))

ACCOUNT_COLUMNS = ["id", "name", "segment", "revenue", "potential", "margin",
                   "attractiveness", "supplier_strength"]
PERSON_COLUMNS = ["id", "name", "org", "kind", "role", "power", "attitude", "title",
                  "department", "reports_to"]
RELATIONSHIP_COLUMNS = ["source", "target", "type", "strength", "last_contact", "mode"]

ROLE_ORDER = ["decider", "approver", "buyer", "user", "technical", "influencer",
              "gatekeeper", "initiator", "coach"]
SYMMETRIC = {"knows", "works_with", "conflicts"}

# --------------------------------------------------------------------------------------
# Our internal team. Ids and attributes are shared with graphs/*.dot: keep them identical.
# --------------------------------------------------------------------------------------
INTERNAL = [
    # id, name, title, department
    ("int_exec_sponsor", "Alessandro Conti", "Chief Operating Officer", "Executive Board"),
    ("int_sales_greco", "Franco Greco", "Senior Sales Director", "Sales"),
    ("int_kam_rossi", "Marco Rossi", "Key Account Manager", "Key Account Management"),
    ("int_kam_ferrari", "Giulia Ferrari", "Key Account Manager, Healthcare",
     "Key Account Management"),
    ("int_kam_nowak", "Katarzyna Nowak", "Key Account Manager, Central Europe",
     "Key Account Management"),
    ("int_sales_bruno", "Luca Bruno", "Sales Manager", "Sales"),
    ("int_sales_leone", "Martina Leone", "Inside Sales Representative", "Sales"),
    ("int_tech_colombo", "Davide Colombo", "Automation Application Engineer", "Engineering"),
    ("int_clin_ricci", "Dr. Sara Ricci", "Clinical Application Specialist",
     "Healthcare Solutions"),
    ("int_arch_marino", "Paolo Marino", "Logistics Solution Architect",
     "Solutions Engineering"),
    ("int_it_lombardi", "Irene Lombardi", "Integration Engineer", "IT Solutions"),
    ("int_pm_fontana", "Giorgio Fontana", "Project Manager", "Project Management"),
    ("int_service_gallo", "Roberto Gallo", "Service Manager", "Customer Service"),
    ("int_service_marini", "Simone Marini", "Field Service Engineer", "Customer Service"),
    ("int_fin_costa", "Elena Costa", "Finance Business Partner", "Finance"),
    ("int_tender_esposito", "Anna Esposito", "Tender & Contracts Specialist",
     "Sales Operations"),
]

# How our team works together (works_with, undirected). Shared with graphs/*.dot, where
# each file repeats the links among the colleagues it contains, with the same values.
INTERNAL_LINKS = [
    ("int_exec_sponsor", "int_sales_greco", 0.9, "2026-11-16"),
    ("int_exec_sponsor", "int_kam_rossi", 0.6, "2026-10-14"),
    ("int_exec_sponsor", "int_kam_ferrari", 0.5, "2026-09-15"),
    ("int_exec_sponsor", "int_fin_costa", 0.4, "2026-08-25"),
    ("int_sales_greco", "int_kam_rossi", 0.8, "2026-11-09"),
    ("int_sales_greco", "int_kam_ferrari", 0.7, "2026-10-27"),
    ("int_sales_greco", "int_kam_nowak", 0.7, "2026-10-27"),
    ("int_sales_greco", "int_sales_bruno", 0.8, "2026-11-09"),
    ("int_sales_bruno", "int_sales_leone", 0.85, "2026-11-18"),
    ("int_kam_rossi", "int_sales_bruno", 0.75, "2026-11-13"),
    ("int_kam_rossi", "int_tech_colombo", 0.7, "2026-11-03"),
    ("int_kam_rossi", "int_pm_fontana", 0.7, "2026-11-10"),
    ("int_kam_rossi", "int_service_gallo", 0.5, "2026-09-22"),
    ("int_kam_rossi", "int_fin_costa", 0.5, "2026-10-06"),
    ("int_kam_rossi", "int_arch_marino", 0.7, "2026-11-11"),
    ("int_arch_marino", "int_it_lombardi", 0.8, "2026-11-17"),
    ("int_arch_marino", "int_pm_fontana", 0.7, "2026-11-04"),
    ("int_tech_colombo", "int_pm_fontana", 0.6, "2026-10-21"),
    ("int_kam_ferrari", "int_clin_ricci", 0.85, "2026-11-12"),
    ("int_kam_ferrari", "int_tender_esposito", 0.8, "2026-11-19"),
    ("int_kam_ferrari", "int_service_gallo", 0.6, "2026-10-30"),
    ("int_kam_ferrari", "int_fin_costa", 0.5, "2026-10-08"),
    ("int_service_gallo", "int_service_marini", 0.85, "2026-11-18"),
    ("int_kam_nowak", "int_sales_leone", 0.6, "2026-11-02"),
    ("int_kam_nowak", "int_it_lombardi", 0.5, "2026-10-12"),
]

# Outside influencers (consultants), shared by several accounts and with graphs/*.dot.
INFLUENCERS = [
    # id, name, org, title, department, power, attitude
    ("inf_hta_advisors", "Dr. Stefano Gatti", "HTA Advisory Partners S.r.l.",
     "Senior HTA Consultant", "Health Technology Assessment", 0.55, "neutral"),
    ("inf_lean_quattro", "Ing. Dario Wolf", "Lean Quattro Advisory S.r.l.",
     "Senior Partner", "Operations Consulting", 0.5, "skeptic"),
    ("inf_logistica_advisory", "Anna Kowalska", "Logistica Advisory Group",
     "Principal, Supply Chain Advisory", "Supply Chain Consulting", 0.6, "supporter"),
]

# Whom the consultants influence: (influencer, account id, seat, strength).
INFLUENCER_TARGETS = [
    ("inf_lean_quattro", "acciaierie_dolomiti", "ceo", 0.6),
    ("inf_lean_quattro", "adriatica_food", "ops_dir", 0.5),
    ("inf_lean_quattro", "ticino_automotive", "ceo", 0.55),
    ("inf_hta_advisors", "sanitas_nord", "clin_eng", 0.6),
    ("inf_hta_advisors", "sanitas_nord", "procurement", 0.5),
    ("inf_hta_advisors", "ospedale_san_marco", "procurement", 0.55),
    ("inf_hta_advisors", "villa_serena", "gm", 0.4),
    ("inf_logistica_advisory", "vistula_logistics", "coo", 0.6),
    ("inf_logistica_advisory", "vistula_logistics", "log_dir", 0.5),
    ("inf_logistica_advisory", "eurocasa_retail", "log_dir", 0.55),
    ("inf_logistica_advisory", "mediterranea_terminal", "coo", 0.45),
    ("inf_logistica_advisory", "pomorze_sklepy", "ceo", 0.4),
]

# Our team's contacts with the consultants (none with inf_lean_quattro: nobody knows him).
INFLUENCER_CONTACTS = [
    ("int_kam_nowak", "inf_logistica_advisory", 0.55, "2026-10-28", "risk"),
    ("int_kam_ferrari", "inf_hta_advisors", 0.5, "2026-09-09", "technical"),
]

# --------------------------------------------------------------------------------------
# Buying-centre templates: seat key, title, department, roles, base power, parent seat.
# Seats are listed in priority order; the first CORE seats of every account are kept.
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Seat:
    key: str
    title: str
    department: str
    roles: str
    power: float
    parent: str | None


INDUSTRIAL = [
    Seat("ceo", "Chief Executive Officer", "Executive Management", "decider", 0.95, None),
    Seat("cfo", "Chief Financial Officer", "Finance", "approver", 0.8, "ceo"),
    Seat("ops_dir", "Operations Director", "Operations", "technical;influencer", 0.7, "ceo"),
    Seat("purch_mgr", "Purchasing Manager", "Purchasing", "buyer;gatekeeper", 0.55, "ops_dir"),
    Seat("eng_mgr", "Engineering Manager", "Engineering", "technical", 0.5, "ops_dir"),
    Seat("plant_mgr", "Plant Manager", "Production", "user;influencer", 0.55, "ops_dir"),
    Seat("maint_mgr", "Maintenance Manager", "Maintenance", "user;technical", 0.35,
         "plant_mgr"),
    Seat("buyer", "Senior Buyer", "Purchasing", "buyer", 0.3, "purch_mgr"),
    Seat("chair", "Chair of the Board", "Board", "decider;approver", 0.85, None),
    Seat("quality_mgr", "Quality Manager", "Quality", "technical", 0.35, "ops_dir"),
    Seat("it_mgr", "IT Manager", "IT", "technical", 0.35, "cfo"),
    Seat("controller", "Management Controller", "Finance", "influencer", 0.25, "cfo"),
    Seat("digital_lead", 'Head of "Fabbrica 4.0" Programme', "Digital Transformation",
         "technical;initiator", 0.4, "ceo"),
    Seat("supply_mgr", "Supply Chain Manager", "Supply Chain", "user;influencer", 0.35,
         "ops_dir"),
    Seat("process_eng", "Process Engineer", "Engineering", "technical;user", 0.25, "eng_mgr"),
    Seat("prod_sup", "Production Supervisor", "Production", "user", 0.15, "plant_mgr"),
    Seat("hse_mgr", "HSE Manager", "HSE", "technical", 0.25, "ops_dir"),
    Seat("sales_dir", "Sales Director", "Sales", "influencer", 0.35, "ceo"),
    Seat("rd_mgr", "R&D Manager", "R&D", "technical;initiator", 0.4, "ceo"),
    Seat("buyer2", "Buyer", "Purchasing", "buyer", 0.15, "purch_mgr"),
    Seat("assistant", "Executive Assistant to the CEO", "Executive Management", "gatekeeper",
         0.1, "ceo"),
]

HEALTHCARE = [
    Seat("gm", "General Manager", "Strategic Direction", "decider", 0.9, None),
    Seat("admin_dir", "Administrative Director", "Strategic Direction", "approver", 0.7, "gm"),
    Seat("procurement", "Head of Procurement", "Procurement", "buyer;gatekeeper", 0.55,
         "admin_dir"),
    Seat("med_dir", "Medical Director", "Strategic Direction", "approver;influencer", 0.75,
         "gm"),
    Seat("radiology_head", "Head of Radiology", "Radiology", "user;technical;influencer", 0.6,
         "med_dir"),
    Seat("clin_eng", "Head of Clinical Engineering", "Clinical Engineering",
         "technical;influencer", 0.5, "admin_dir"),
    Seat("cfo", "Head of Finance", "Finance", "approver", 0.6, "admin_dir"),
    Seat("tender_officer", "Tender Officer", "Procurement", "buyer", 0.2, "procurement"),
    Seat("radiologist", "Consultant Radiologist", "Radiology", "user", 0.3, "radiology_head"),
    Seat("radiographer", "Chief Radiographer", "Radiology", "user", 0.25, "radiology_head"),
    Seat("physicist", "Medical Physicist", "Medical Physics", "technical", 0.35, "med_dir"),
    Seat("it_head", "Head of IT", "IT", "technical", 0.35, "admin_dir"),
    Seat("cardiology_head", "Head of Cardiology", "Cardiology", "user;influencer", 0.35,
         "med_dir"),
    Seat("nursing_dir", "Director of Nursing", "Nursing", "user", 0.3, "med_dir"),
    Seat("oncology_head", "Head of Radiation Oncology", "Oncology", "user;influencer", 0.35,
         "med_dir"),
    Seat("gm_office", "Head of the General Manager's Office", "Strategic Direction",
         "gatekeeper", 0.15, "gm"),
]

DISTRIBUTION = [
    Seat("ceo", "Chief Executive Officer", "Executive Board", "decider", 0.9, None),
    Seat("cfo", "Chief Financial Officer", "Finance", "approver", 0.7, "ceo"),
    Seat("purch_dir", "Head of Procurement", "Procurement", "buyer;gatekeeper", 0.5, "cfo"),
    Seat("coo", "Chief Operating Officer", "Operations", "approver;influencer", 0.75, "ceo"),
    Seat("log_dir", "Director of Logistics", "Logistics", "user;influencer;initiator", 0.6,
         "coo"),
    Seat("cio", "IT Director", "IT", "technical;influencer", 0.6, "ceo"),
    Seat("buyer", "Category Buyer", "Procurement", "buyer", 0.25, "purch_dir"),
    Seat("dc_mgr", "Distribution Centre Manager", "Logistics", "user", 0.3, "log_dir"),
    Seat("transport_mgr", "Transport Manager", "Logistics", "user", 0.3, "log_dir"),
    Seat("it_arch", "Enterprise Architect", "IT", "technical", 0.35, "cio"),
    Seat("planning_mgr", "Supply Chain Planning Manager", "Supply Chain", "user;technical",
         0.3, "log_dir"),
    Seat("store_ops", "Head of Store Operations", "Store Operations", "user;influencer", 0.4,
         "coo"),
    Seat("controller", "Controller", "Finance", "influencer", 0.25, "cfo"),
    Seat("ecom_dir", "Head of E-commerce", "E-commerce", "initiator;influencer", 0.4, "ceo"),
    Seat("legal", "Legal Counsel", "Legal", "gatekeeper", 0.2, "cfo"),
    Seat("it_security", "IT Security Manager", "IT", "technical", 0.25, "cio"),
]

TEMPLATES = {"ind": INDUSTRIAL, "hc": HEALTHCARE, "dist": DISTRIBUTION}
CORE = 6  # seats always present

# Which of our functions naturally faces which customer role (seed 004: technical
# specialists follow engineers, sales follows purchasing and finance, ...).
TEAMS = {
    # family: function -> colleague
    "ind": {"tech": "int_tech_colombo", "service": "int_service_marini",
            "finance": "int_fin_costa", "sales": "int_sales_bruno", "pm": "int_pm_fontana"},
    "hc": {"tech": "int_clin_ricci", "service": "int_service_gallo",
           "finance": "int_fin_costa", "sales": "int_tender_esposito",
           "pm": "int_service_marini"},
    "dist": {"tech": "int_arch_marino", "service": "int_service_gallo",
             "finance": "int_fin_costa", "sales": "int_sales_bruno", "pm": "int_pm_fontana",
             "it": "int_it_lombardi"},
}

# --------------------------------------------------------------------------------------
# The portfolio.
# --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AccountSpec:
    id: str
    code: str  # prefix of its people's ids
    name: str
    family: str  # ind | hc | dist
    country: str  # it | pl | de | ch
    segment: str
    revenue: int
    potential: int
    margin: float
    attractiveness: float
    supplier_strength: float
    owner: str  # our account owner
    profile: str  # diamond | standard | sales_only | bowtie | greco | weak | none
    size: int  # number of customer people
    placeholders: tuple[str, ...] = ()
    sales: str = ""  # override of the family's sales colleague


ACCOUNTS = [
    # --- A: the top 20% of accounts, ~80% of revenue ---
    AccountSpec("acciaierie_dolomiti", "ad", "Acciaierie Dolomiti S.p.A.", "ind", "it",
                "strategic", 12_400_000, 15_000_000, 0.19, 0.84, 0.74, "int_kam_rossi",
                "greco", 20),
    AccountSpec("farmaceutici_lombarda", "fl", "Farmaceutici Lombarda S.p.A.", "ind", "it",
                "strategic", 9_700_000, 13_500_000, 0.24, 0.88, 0.66, "int_kam_ferrari",
                "diamond", 18, placeholders=("cfo",)),
    AccountSpec("adriatica_food", "af", "Adriatica Food Group S.p.A.", "ind", "it",
                "strategic", 8_200_000, 9_000_000, 0.17, 0.79, 0.69, "int_kam_rossi",
                "greco", 17),
    AccountSpec("sanitas_nord", "sn", "Gruppo Sanitas Nord S.p.A.", "hc", "it", "status",
                6_300_000, 11_000_000, 0.28, 0.81, 0.45, "int_kam_ferrari", "greco", 16),
    AccountSpec("vistula_logistics", "vl", "Vistula Logistics Sp. z o.o.", "dist", "pl",
                "strategic", 5_400_000, 8_800_000, 0.15, 0.72, 0.63, "int_kam_nowak",
                "diamond", 16, placeholders=("cio",), sales="int_sales_leone"),
    AccountSpec("eurocasa_retail", "ec", "EuroCasa Retail S.p.A.", "dist", "it", "star",
                4_700_000, 5_200_000, 0.11, 0.58, 0.71, "int_kam_rossi", "standard", 15),
    # --- B: the next 30%, ~15% ---
    AccountSpec("ticino_automotive", "ta", "Ticino Automotive Components SA", "ind", "ch",
                "strategic", 1_650_000, 4_000_000, 0.16, 0.70, 0.61, "int_kam_nowak",
                "greco", 13),
    AccountSpec("chimica_padana", "cp", "Chimica Padana S.p.A.", "ind", "it", "status",
                1_400_000, 2_500_000, 0.21, 0.68, 0.48, "int_kam_rossi", "bowtie", 12,
                placeholders=("eng_mgr",)),
    AccountSpec("baltyk_energia", "be", "Bałtyk Energia S.A.", "ind", "pl", "status",
                1_200_000, 5_000_000, 0.20, 0.74, 0.52, "int_kam_nowak", "weak", 12,
                sales="int_sales_leone"),
    AccountSpec("karpaty_foods", "kf", "Karpaty Foods Sp. z o.o.", "ind", "pl", "star",
                1_050_000, 1_400_000, 0.14, 0.52, 0.66, "int_sales_leone", "standard", 10,
                sales="int_sales_leone"),
    AccountSpec("ospedale_san_marco", "sm", "Fondazione Ospedale San Marco", "hc", "it",
                "status", 950_000, 3_200_000, 0.26, 0.75, 0.44, "int_kam_ferrari",
                "standard", 12, placeholders=("clin_eng",)),
    AccountSpec("alpina_packaging", "ap", "Alpina Packaging S.r.l.", "ind", "it", "",
                880_000, 1_100_000, 0.18, 0.50, 0.55, "int_sales_bruno", "none", 10),
    AccountSpec("mediterranea_terminal", "mt", "Mediterranea Terminal Container S.p.A.",
                "dist", "it", "star", 820_000, 1_500_000, 0.13, 0.57, 0.64,
                "int_sales_bruno", "standard", 11),
    AccountSpec("lanificio_biellese", "lb", "Lanificio Biellese F.lli Sella & C. S.p.A.",
                "ind", "it", "star", 700_000, 800_000, 0.17, 0.45, 0.62, "int_sales_bruno",
                "bowtie", 10),
    AccountSpec("rheinland_moebel", "rm", "Rheinland Möbelwerke GmbH", "ind", "de", "status",
                620_000, 2_000_000, 0.20, 0.66, 0.50, "int_kam_nowak", "standard", 10,
                sales="int_sales_leone"),
    # --- C: the remaining 50%, ~5% ---
    AccountSpec("cantine_langhe", "cl", "Cantine delle Langhe Soc. Coop.", "ind", "it",
                "opportunity", 330_000, 400_000, 0.15, 0.40, 0.45, "int_sales_leone",
                "sales_only", 8, sales="int_sales_leone"),
    AccountSpec("plastiche_venete", "pv", "Plastiche Venete S.r.l.", "ind", "it",
                "opportunity", 300_000, 350_000, 0.12, 0.35, 0.50, "int_sales_bruno",
                "sales_only", 7),
    AccountSpec("villa_serena", "vs", "Casa di Cura Villa Serena S.r.l.", "hc", "it",
                "opportunity", 280_000, 900_000, 0.22, 0.55, 0.40, "int_kam_ferrari",
                "standard", 8),
    AccountSpec("calzaturificio_marchigiano", "cm", "Calzaturificio Marchigiano S.p.A.",
                "ind", "it", "", 250_000, 300_000, 0.16, 0.38, 0.52, "int_sales_leone",
                "sales_only", 7, sales="int_sales_leone"),
    AccountSpec("drukarnia_krakowska", "dk", "Drukarnia Krakowska S.A.", "ind", "pl",
                "opportunity", 230_000, 260_000, 0.10, 0.32, 0.44, "int_sales_leone", "weak",
                7, sales="int_sales_leone"),
    AccountSpec("vetreria_toscana", "vt", "Vetreria Toscana S.r.l.", "ind", "it", "star",
                210_000, 450_000, 0.18, 0.50, 0.63, "int_sales_bruno", "standard", 7),
    AccountSpec("ceramiche_emiliane", "ce", "Ceramiche Emiliane S.p.A.", "ind", "it",
                "opportunity", 195_000, 240_000, 0.14, 0.42, 0.47, "int_sales_bruno",
                "sales_only", 8),
    AccountSpec("latteria_sarda", "ls", "Latteria Sarda Consorzio Cooperativo", "ind", "it",
                "opportunity", 180_000, 220_000, 0.09, 0.30, 0.38, "int_sales_leone", "none",
                6, sales="int_sales_leone"),
    AccountSpec("valvole_bresciane", "vb", "Valvole Bresciane S.r.l.", "ind", "it", "star",
                160_000, 600_000, 0.19, 0.56, 0.68, "int_sales_bruno", "standard", 7),
    AccountSpec("pomorze_sklepy", "ps", "Sieć Sklepów Pomorze Sp. z o.o.", "dist", "pl", "",
                140_000, 900_000, 0.10, 0.48, 0.57, "int_kam_nowak", "standard", 9,
                sales="int_sales_leone"),
    AccountSpec("mobilificio_friulano", "mf", "Mobilificio Friulano S.r.l.", "ind", "it",
                "opportunity", 120_000, 150_000, 0.13, 0.36, 0.42, "int_sales_leone",
                "sales_only", 6, sales="int_sales_leone"),
    AccountSpec("frantoio_umbro", "fu", "Frantoio Umbro S.r.l.", "ind", "it", "opportunity",
                105_000, 120_000, 0.11, 0.28, 0.40, "int_sales_leone", "weak", 6,
                sales="int_sales_leone"),
    AccountSpec("cantiere_ligure", "cn", "Cantiere Navale Ligure S.p.A.", "ind", "it",
                "status", 90_000, 2_500_000, 0.21, 0.70, 0.45, "int_kam_rossi", "standard",
                11, placeholders=("ceo",)),
    AccountSpec("pastificio_abruzzese", "pa", "Pastificio Abruzzese, Di Carlo & Figli S.p.A.",
                "ind", "it", "opportunity", 70_000, 90_000, 0.12, 0.33, 0.41,
                "int_sales_leone", "sales_only", 6, sales="int_sales_leone"),
    AccountSpec("bionova_therapeutics", "bn", "BioNova Therapeutics S.r.l.", "ind", "it", "",
                45_000, 1_800_000, 0.25, 0.68, 0.50, "int_kam_ferrari", "standard", 6),
]

# The seat that holds the customer-side sponsor in diamond accounts (first one present).
SPONSOR_SEATS = ("ops_dir", "log_dir", "med_dir")

# The big accounts whose deciders only Franco Greco knows.
KEY_PERSON = "int_sales_greco"
# Accounts where Greco's decider contact has itself gone stale.
KEY_PERSON_STALE = {"ticino_automotive"}

FIRST = {
    "it": ["Alberto/m", "Alessia/f", "Andrea/m", "Angela/f", "Antonio/m", "Barbara/f",
           "Beatrice/f", "Carlo/m", "Caterina/f", "Claudio/m", "Cristina/f", "Daniele/m",
           "Daniela/f", "Emanuele/m", "Enrica/f", "Fabrizio/m", "Federico/m",
           "Francesca/f", "Gabriele/m", "Giada/f", "Gianluca/m", "Ilaria/f", "Lorenzo/m",
           "Lucia/f", "Manuela/f", "Massimo/m", "Matteo/m", "Michela/f", "Nicoletta/f",
           "Ottavio/m", "Pietro/m", "Raffaella/f", "Riccardo/m", "Rita/f", "Sergio/m",
           "Silvia/f", "Stefania/f", "Tommaso/m", "Valentina/f", "Vittorio/m"],
    # Polish surnames agree with the gender (Nowicki / Nowicka); Italian titles too
    # (Dott. / Dott.ssa).
    "pl": ["Agnieszka/f", "Andrzej/m", "Barbara/f", "Dariusz/m", "Ewa/f", "Grzegorz/m",
           "Joanna/f", "Krzysztof/m", "Magdalena/f", "Marek/m", "Małgorzata/f", "Michał/m",
           "Monika/f", "Paweł/m", "Tomasz/m", "Zofia/f"],
    "de": ["Andreas", "Birgit", "Christian", "Claudia", "Frank", "Jürgen", "Katrin",
           "Markus", "Petra", "Sabine", "Stefan", "Thomas"],
    "ch": ["Reto", "Ursula", "Beat", "Chiara", "Dario", "Lorenza", "Marco", "Sandra",
           "Fabio", "Nadia"],
}
LAST = {
    "it": ["Amato", "Barbieri", "Bellini", "Benedetti", "Bernardi", "Caruso", "Cattaneo",
           "Coppola", "D'Angelo", "De Luca", "Farina", "Ferraro", "Fiore", "Galli",
           "Gentile", "Giordano", "Grasso", "Guerra", "Longo", "Mancini", "Mariani",
           "Martinelli", "Monti", "Morelli", "Negri", "Orlando", "Palumbo", "Parisi",
           "Pellegrino", "Riva", "Rizzo", "Ruggiero", "Sala", "Santoro", "Serra", "Silvestri",
           "Testa", "Valentini", "Vitale", "Zanetti"],
    # masculine/feminine; one form when the surname does not inflect.
    "pl": ["Dąbrowski/Dąbrowska", "Grabowski/Grabowska", "Jankowski/Jankowska", "Kaczmarek",
           "Kamiński/Kamińska", "Kowalczyk", "Lewandowski/Lewandowska", "Mazur",
           "Nowicki/Nowicka", "Pawlak", "Szymański/Szymańska", "Wieczorek",
           "Wiśniewski/Wiśniewska", "Wojciechowski/Wojciechowska", "Zając",
           "Zieliński/Zielińska"],
    "de": ["Becker", "Fischer", "Hoffmann", "Keller", "Koch", "Meyer", "Richter", "Schäfer",
           "Schneider", "Schulz", "Wagner", "Weber"],
    "ch": ["Bernasconi", "Crivelli", "Fontana Sulser", "Gianella", "Lombardi Rüegg",
           "Pedrazzini", "Rusconi", "Soldati", "Vassalli", "Zanini"],
}
# Seats whose holders are physicians.
DOCTOR_SEATS = {"med_dir", "radiology_head", "radiologist", "cardiology_head",
                "oncology_head", "physicist"}


# --------------------------------------------------------------------------------------
# Generation.
# --------------------------------------------------------------------------------------
@dataclass
class Portfolio:
    accounts: list[dict] = field(default_factory=list)
    people: dict[str, dict] = field(default_factory=dict)
    relationships: dict[tuple[str, str, str], dict] = field(default_factory=dict)

    def relate(self, source: str, target: str, type_: str, strength: float,
               last_contact: str = "", mode: str = "") -> None:
        assert source != target, source
        assert source in self.people and target in self.people, (source, target)
        if type_ in SYMMETRIC and target < source:
            source, target = target, source
        key = (source, target, type_)
        if key in self.relationships:
            return  # the first one written stands
        self.relationships[key] = {
            "source": source, "target": target, "type": type_,
            "strength": number(strength), "last_contact": last_contact, "mode": mode,
        }


def number(x: float) -> str:
    """A short decimal: 0.7, 0.85, 12400000."""
    text = f"{x:.2f}".rstrip("0").rstrip(".")
    return text if text else "0"


def sorted_roles(roles: str) -> str:
    words = [r for r in roles.split(";") if r]
    return ";".join(sorted(set(words), key=ROLE_ORDER.index))


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_names: set[str] = set()
        self.p = Portfolio()

    # ---- small random helpers (only random() and randint(), stable across versions) --
    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, items):
        return items[self.rng.randint(0, len(items) - 1)]

    def between(self, lo: float, hi: float) -> float:
        return round(lo + (hi - lo) * self.rng.random(), 2)

    def day(self, span: tuple[datetime.date, datetime.date]) -> str:
        lo, hi = span
        return (lo + datetime.timedelta(days=self.rng.randint(0, (hi - lo).days))).isoformat()

    def when(self, stale: float = 0.12, undated: float = 0.1) -> str:
        r = self.rng.random()
        if r < undated:
            return ""
        if r < undated + stale:
            return self.day(STALE)
        return self.day(FRESH)

    def person_name(self, country: str, seat: str) -> str:
        while True:
            first, _, gender = self.pick(FIRST[country]).partition("/")
            forms = self.pick(LAST[country]).split("/")
            last = forms[1] if gender == "f" and len(forms) > 1 else forms[0]
            name = f"{first} {last}"
            if name not in self.used_names:
                self.used_names.add(name)
                break
        if seat in DOCTOR_SEATS:
            if country == "it":
                return ("Dott.ssa " if gender == "f" else "Dott. ") + name
            return "Dr. " + name
        return name

    def attitude(self) -> str:
        r = self.rng.random()
        for word, upto in (("champion", 0.07), ("supporter", 0.33), ("neutral", 0.73),
                           ("skeptic", 0.93), ("blocker", 1.0)):
            if r < upto:
                return word
        return "neutral"

    # ---- the fixed parts ---------------------------------------------------------------
    def add_shared_people(self) -> None:
        for pid, name, title, dept in INTERNAL:
            self.p.people[pid] = {"id": pid, "name": name, "org": "internal",
                                  "kind": "internal", "role": "", "power": "",
                                  "attitude": "", "title": title, "department": dept,
                                  "reports_to": ""}
            self.used_names.add(name)
        for pid, name, org, title, dept, power, attitude in INFLUENCERS:
            self.p.people[pid] = {"id": pid, "name": name, "org": org, "kind": "influencer",
                                  "role": "influencer", "power": number(power),
                                  "attitude": attitude, "title": title, "department": dept,
                                  "reports_to": ""}
        for a, b, strength, when in INTERNAL_LINKS:
            self.p.relate(a, b, "works_with", strength, when)
        for a, b, strength, when, mode in INFLUENCER_CONTACTS:
            self.p.relate(a, b, "knows", strength, when, mode)

    # ---- one account ----------------------------------------------------------------
    def seats_for(self, spec: AccountSpec) -> list[Seat]:
        template = TEMPLATES[spec.family]
        forced = set(spec.placeholders)
        forced |= {seat for inf, acc, seat, _ in INFLUENCER_TARGETS if acc == spec.id}
        chosen = {s.key for s in template[:CORE]} | forced
        rest = [s.key for s in template if s.key not in chosen]
        while len(chosen) < min(spec.size, len(template)) and rest:
            chosen.add(rest.pop(self.rng.randint(0, len(rest) - 1)))
        return [s for s in template if s.key in chosen]

    def add_account(self, spec: AccountSpec) -> None:
        self.p.accounts.append({
            "id": spec.id, "name": spec.name, "segment": spec.segment,
            "revenue": str(spec.revenue), "potential": str(spec.potential),
            "margin": number(spec.margin), "attractiveness": number(spec.attractiveness),
            "supplier_strength": number(spec.supplier_strength),
        })
        seats = self.seats_for(spec)
        keys = {s.key for s in seats}
        by_key = {s.key: s for s in seats}

        def pid(key: str) -> str:
            return f"{spec.code}_{key}"

        def manager(seat: Seat) -> str:
            parent = seat.parent
            while parent is not None and parent not in keys:
                parent = next(s.parent for s in TEMPLATES[spec.family] if s.key == parent)
            return pid(parent) if parent else ""

        people = []
        for seat in seats:
            placeholder = seat.key in spec.placeholders
            power = min(1.0, max(0.05, seat.power + self.between(-0.05, 0.05)))
            person = {
                "id": pid(seat.key),
                "name": "" if placeholder else self.person_name(spec.country, seat.key),
                "org": spec.id, "kind": "dmu", "role": sorted_roles(seat.roles),
                "power": number(power), "attitude": self.attitude(),
                "title": seat.title if spec.country == "it"
                else seat.title.replace("Fabbrica 4.0", "Industry 4.0"),
                "department": seat.department,
                "reports_to": manager(seat),
            }
            if placeholder:
                person["attitude"] = "neutral"
                person["title"] = {"cfo": "CFO", "cio": "IT Director",
                                   "ceo": "CEO"}.get(seat.key, seat.title)
            self.p.people[person["id"]] = person
            people.append((seat, person))

        if spec.profile == "diamond":
            # Healthy accounts have a sponsor: a senior operations person who coaches us.
            for key in SPONSOR_SEATS:
                if key in by_key and key not in spec.placeholders:
                    sponsor = self.p.people[pid(key)]
                    sponsor["kind"] = "sponsor"
                    sponsor["attitude"] = "champion"
                    sponsor["role"] = sorted_roles(sponsor["role"] + ";coach")
                    break

        self.customer_links(spec, people)
        self.coverage(spec, people)

    def customer_links(self, spec, people) -> None:
        """The customer's own relationships: org chart, influence, conflicts."""
        named = [(s, p) for s, p in people if p["name"]]
        named_ids = {p["id"] for _, p in named}
        for seat, person in named:
            boss = person["reports_to"]
            if not boss or boss not in named_ids:
                continue
            r = self.rng.random()
            if r < 0.35:
                self.p.relate(person["id"], boss, "reports_to", self.between(0.5, 0.9),
                              self.when())
            elif r < 0.85:
                self.p.relate(person["id"], boss, "works_with", self.between(0.4, 0.9),
                              self.when())
        # Influence: technical people, influencers and initiators on deciders/approvers.
        movers = [p for s, p in named
                  if any(r in p["role"].split(";")
                         for r in ("technical", "influencer", "initiator"))
                  and "decider" not in p["role"]]
        heads = [p for s, p in named
                 if any(r in p["role"].split(";") for r in ("decider", "approver"))]
        if movers and heads:
            for _ in range(1 + len(named) // 6):
                src, dst = self.pick(movers), self.pick(heads)
                if src["id"] != dst["id"]:
                    self.p.relate(src["id"], dst["id"], "influences",
                                  self.between(0.4, 0.9), self.when(),
                                  self.pick(["technical", "trust", "risk", "service"]))
        # A few acquaintances across departments.
        for _ in range(len(named) // 5):
            a, b = self.pick(named)[1], self.pick(named)[1]
            if a["id"] != b["id"]:
                self.p.relate(a["id"], b["id"], "knows", self.between(0.3, 0.7), self.when())
        # A rivalry in about a third of the accounts.
        if len(named) >= 6 and self.chance(0.35):
            a, b = self.pick(named[2:])[1], self.pick(named[2:])[1]
            if a["id"] != b["id"]:
                self.p.relate(a["id"], b["id"], "conflicts", self.between(0.4, 0.8),
                              self.when(undated=0.3))
        # The outside consultants.
        for inf, acc, seat, strength in INFLUENCER_TARGETS:
            if acc == spec.id:
                self.p.relate(inf, f"{spec.code}_{seat}", "influences", strength,
                              self.day(FRESH), "technical" if seat != "ceo" else "trust")

    def coverage(self, spec: AccountSpec, people) -> None:
        """Our team's relationships with this account, by coverage profile."""
        team = dict(TEAMS[spec.family])
        if spec.sales:
            team["sales"] = spec.sales
        named = [p for _, p in people if p["name"]]

        def has(person, role):
            return role in person["role"].split(";")

        deciders = [p for p in named if has(p, "decider")]
        approvers = [p for p in named if has(p, "approver") and not has(p, "decider")]
        buyers = [p for p in named if has(p, "buyer")]
        technical = [p for p in named if has(p, "technical") and not has(p, "decider")]
        users = [p for p in named if has(p, "user") and not has(p, "technical")]
        influencers = [p for p in named if has(p, "influencer") and not has(p, "decider")]
        owner = spec.owner
        link = self.p.relate

        if spec.profile == "none":
            return

        if spec.profile == "weak":
            # A faint thread or two: owner-buyer, then tech-engineer for the bigger ones.
            threads = ((owner, buyers, "service"), (team["tech"], technical, "technical"))
            for who, group, mode in threads[:2 if spec.revenue >= 500_000 else 1]:
                if group:
                    link(who, group[0]["id"], "knows", self.between(0.1, 0.3),
                         self.when(stale=0.5, undated=0.3), mode)
            return

        if spec.profile == "sales_only":
            # Seed 001's policy for opportunity accounts: a sales contact only.
            link(owner, buyers[0]["id"], "knows", self.between(0.5, 0.85), self.when(),
                 "service")
            if len(buyers) > 1:
                link(owner, buyers[1]["id"], "works_with", self.between(0.4, 0.7),
                     self.when(), "service")
            return

        if spec.profile == "bowtie":
            link(owner, buyers[0]["id"], "knows", 0.85, self.day(FRESH), "trust")
            if len(buyers) > 1:
                link(owner, buyers[1]["id"], "works_with", 0.5, self.day(FRESH), "service")
            return

        # diamond, standard and greco all have the owner on purchasing.
        for b in buyers[:2]:
            link(owner, b["id"], "knows", self.between(0.6, 0.9), self.when(0.08, 0.05),
                 "trust" if has(b, "gatekeeper") else "service")
        if team["sales"] != owner and buyers:
            link(team["sales"], buyers[-1]["id"], "works_with", self.between(0.4, 0.75),
                 self.when(), "service")

        if spec.profile == "greco":
            for d in deciders:
                stale = spec.id in KEY_PERSON_STALE
                link(KEY_PERSON, d["id"], "knows", self.between(0.7, 0.9),
                     self.day(STALE if stale else FRESH), "trust")
        elif spec.profile == "diamond":
            for d in deciders:
                link(owner, d["id"], "knows", self.between(0.6, 0.85), self.day(FRESH),
                     "trust")
                link("int_exec_sponsor", d["id"], "knows", self.between(0.5, 0.8),
                     self.day(FRESH), "risk")
        else:  # standard: the owner knows the decider, or not
            for d in deciders:
                if self.chance(0.6):
                    link(owner, d["id"], "knows", self.between(0.4, 0.8),
                         self.when(stale=0.25, undated=0.1), "trust")

        # Approvers: finance follows finance in diamond/greco, sometimes elsewhere.
        for a in approvers:
            if spec.profile in ("diamond", "greco") or self.chance(0.35):
                link(team["finance"], a["id"], "knows", self.between(0.3, 0.7), self.when(),
                     "resource")
            if spec.profile == "diamond":
                link(owner, a["id"], "knows", self.between(0.5, 0.8), self.day(FRESH),
                     "risk")

        # Technical specialists follow the customer's engineers and IT.
        n_tech = len(technical) if spec.profile == "diamond" else min(2, len(technical))
        for t in technical[:n_tech]:
            who = team["tech"]
            if "it" in team and t["department"] == "IT":
                who = team["it"]
            link(who, t["id"], "works_with", self.between(0.4, 0.85), self.when(), "technical")

        # Service follows the users.
        n_users = len(users) if spec.profile == "diamond" else min(2, len(users))
        for u in users[:n_users]:
            link(team["service"], u["id"], "knows", self.between(0.35, 0.8), self.when(),
                 "service")
            if spec.profile == "diamond" and self.chance(0.5):
                link(team["pm"], u["id"], "works_with", self.between(0.4, 0.7),
                     self.day(FRESH), "service")

        # The owner keeps in touch with the influencers in healthy accounts.
        if spec.profile in ("diamond", "greco"):
            for i in influencers[:2]:
                link(owner, i["id"], "knows", self.between(0.4, 0.7), self.when(), "trust")

    def run(self) -> Portfolio:
        self.add_shared_people()
        for spec in ACCOUNTS:
            self.add_account(spec)
        return self.p


def write_csv(path: str, columns: list[str], rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.DictWriter(f, fieldnames=columns, lineterminator="\n",
                             quoting=csv.QUOTE_MINIMAL)
        out.writeheader()
        for row in rows:
            out.writerow(row)


def main(argv: list[str]) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(here, "..", "samples", "portfolio"),
                        help="output directory (default: samples/portfolio)")
    args = parser.parse_args(argv)

    portfolio = Generator(SEED).run()
    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "accounts.csv"), ACCOUNT_COLUMNS,
              sorted(portfolio.accounts, key=lambda a: a["id"]))
    write_csv(os.path.join(args.out, "people.csv"), PERSON_COLUMNS,
              [portfolio.people[k] for k in sorted(portfolio.people)])
    write_csv(os.path.join(args.out, "relationships.csv"), RELATIONSHIP_COLUMNS,
              [portfolio.relationships[k] for k in sorted(portfolio.relationships)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
