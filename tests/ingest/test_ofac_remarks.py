"""The OFAC Remarks parser against real remark strings cut from sdn.csv of 2024-05-03.

Each case is a Remarks cell (or one `;` part of one) exactly as OFAC published it, with the
ent_num it came from, and everything the parser should read from it. Fields left out of an
expectation must come out empty.
"""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path
from typing import Any

import pytest

from embargo.exc import InvalidData, NotFound
from embargo.ingest.lookups import source_spec
from embargo.ingest.ofac_remarks import RemarkFacts, parse_remarks, split_parts, vocabulary
from embargo.ingest.ofac_values import parse_date, split_identifier, strip_terminator
from embargo.ingest.ofac_vocab import Vocabulary
from embargo.model.entity import RelationKind
from embargo.model.values import DateRange, PartialDate
from embargo.model.vocab import id_kinds

BENCH = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "raw"
SDN_2024 = BENCH / "ofac_sdn_2024-05-03.csv.gz"


def summary(facts: RemarkFacts) -> dict[str, Any]:
    """The non-empty fields of ``facts`` in plain values, for exact comparison."""
    out: dict[str, Any] = {
        "names": [(n.value, n.type.value, n.quality) for n in facts.names],
        "birth_dates": [str(d) for d in facts.birth_dates],
        "birth_places": facts.birth_places,
        "nationalities": facts.nationalities,
        "citizenships": facts.citizenships,
        "gender": None if facts.gender is None else facts.gender.value,
        "identifiers": [(i.kind, i.value, i.country, i.note) for i in facts.identifiers],
        "positions": facts.positions,
        "properties": facts.properties,
        "relations": facts.relations,
        "programmes": facts.programmes,
        "remarks": facts.remarks,
        "findings": facts.findings,
    }
    return {key: value for key, value in out.items() if value not in (None, [])}


CASES: list[tuple[str, str, dict[str, Any]]] = [
    ("306", "a.k.a. 'BNC'.", {"names": [("BNC", "weak_alias", "a.k.a.")]}),
    (
        "2674",
        "DOB 10 Dec 1948; Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION.",
        {
            "birth_dates": ["1948-12-10"],
            "positions": ["Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION"],
        },
    ),
    (
        "7731",
        "DOB 10 Jul 1942; wife of Slobodan Milosevic.",
        {"birth_dates": ["1942-07-10"], "relations": [("spouse", "Slobodan Milosevic")]},
    ),
    (
        "7940",
        "DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly Palestinian;arrested 23 Apr "
        "2002; a.k.a. 'ABU ALI'.",
        {
            "names": [("ABU ALI", "weak_alias", "a.k.a.")],
            "birth_dates": ["1966-02-01"],
            "birth_places": ["Hashmija, Iraq"],
            "properties": [("arrested", "2002-04-23")],
            "remarks": ["nationality possibly Palestinian"],
            "findings": [("unmapped_country", "nationality possibly Palestinian")],
        },
    ),
    (
        "8183",
        "DOB circa 1967; POB Kirkuk, Iraq; nationality Iraq; wife of Izzat Ibrahim Al-Duri.",
        {
            "birth_dates": ["1967"],
            "birth_places": ["Kirkuk, Iraq"],
            "nationalities": ["iq"],
            "relations": [("spouse", "Izzat Ibrahim Al-Duri")],
        },
    ),
    (
        "8244",
        "NIT # 8300720300 (Colombia); US FEIN 55-2197267; RUC # 20108363101 (Peru); Business "
        "Registration Document # F01000003035 (United States).",
        {
            "identifiers": [
                ("tax_id", "8300720300", "co", None),
                ("tax_id", "55-2197267", None, None),
                ("tax_id", "20108363101", "pe", None),
                ("registration_number", "F01000003035", "us", None),
            ]
        },
    ),
    (
        "9338",
        "DOB 15 Dec 1967; POB Chihuahua, Mexico; nationality Mexico; citizen Mexico; R.F.C. "
        "AIMM-671215-387 (Mexico); C.U.R.P. AIMM67125HCHRRG06 (Mexico) issued 1968.",
        {
            "birth_dates": ["1967-12-15"],
            "birth_places": ["Chihuahua, Mexico"],
            "nationalities": ["mx"],
            "citizenships": ["mx"],
            "identifiers": [
                ("tax_id", "AIMM-671215-387", "mx", None),
                ("national_id", "AIMM67125HCHRRG06", "mx", "issued 1968"),
            ],
        },
    ),
    (
        "9609",
        "Additional Sanctions Information - Subject to Secondary Sanctions Pursuant to the "
        "Hizballah Financial Sanctions Regulations; info@manartv.com; www.manartv.com; "
        "www.almanar.com.lb.",
        {
            "identifiers": [
                ("email", "info@manartv.com", None, None),
                ("website", "www.manartv.com", None, None),
                ("website", "www.almanar.com.lb", None, None),
            ],
            "properties": [
                (
                    "additional_sanctions_information",
                    "Subject to Secondary Sanctions Pursuant to the Hizballah Financial "
                    "Sanctions Regulations",
                )
            ],
        },
    ),
    (
        "11005",
        "R.F.C. CGH960503DL9 (Mexico); d.b.a. 'ANARQUIA PAINTBALL'.",
        {
            "names": [("ANARQUIA PAINTBALL", "alias", "d.b.a.")],
            "identifiers": [("tax_id", "CGH960503DL9", "mx", None)],
        },
    ),
    (
        "11313",
        "DOB 1969; alt. DOB 10 Oct 1969; POB Xudur, Somalia; alt. POB Keren, Eritrea; "
        "nationality Eritrea; Passport 0310857 (Eritrea) issued 21 Aug 2006 expires 20 Aug "
        "2008; National ID No. 1372584 (Kenya); (Following data derived from an Eritrean "
        "passport issued under the alias name of Mukhtar Abdullahi Ali: Alt. DOB: 10 October "
        "1969; Alt. POB: Keren Eritrea; nationality: Eritrean; National ID No.: 1372584, Kenya; "
        "Passport No.: 0310857, Eritrea, Issue Date 21 August 2006, Expire Date 20 August "
        "2008); a.k.a. 'ABU MANSUR'; a.k.a. 'ABU MANSOUR'.",
        {
            "names": [
                ("ABU MANSUR", "weak_alias", "a.k.a."),
                ("ABU MANSOUR", "weak_alias", "a.k.a."),
            ],
            "birth_dates": ["1969", "1969-10-10"],
            "birth_places": ["Xudur, Somalia", "Keren, Eritrea"],
            "nationalities": ["er"],
            "identifiers": [
                ("passport", "0310857", "er", "issued 21 Aug 2006 expires 20 Aug 2008"),
                ("national_id", "1372584", "ke", None),
            ],
            "remarks": [
                "(Following data derived from an Eritrean passport issued under the alias "
                "name of Mukhtar Abdullahi Ali: Alt. DOB: 10 October 1969; Alt. POB: Keren "
                "Eritrea; nationality: Eritrean; National ID No.: 1372584, Kenya; Passport "
                "No.: 0310857, Eritrea, Issue Date 21 August 2006, Expire Date 20 August 2008)"
            ],
        },
    ),
    (
        "11620",
        "Website www.nipc.net; Additional Sanctions Information - Subject to Secondary "
        "Sanctions; Registration Number 02696754 (United Kingdom); all offices worldwide; "
        "Linked To: PERSIAN GULF PETROCHEMICAL INDUSTRY CO.",
        {
            "identifiers": [
                ("website", "www.nipc.net", None, None),
                ("registration_number", "02696754", "gb", None),
            ],
            "properties": [("additional_sanctions_information", "Subject to Secondary Sanctions")],
            # The cell's closing full stop is OFAC's; ofac_sdn restores it against the list.
            "relations": [("linked_to", "PERSIAN GULF PETROCHEMICAL INDUSTRY CO")],
            "remarks": ["all offices worldwide"],
        },
    ),
    (
        "11749",
        "Website:  www.alnakshabandia-army.org; www.alnakshabndia-army.com; a.k.a. 'AMNO'; "
        "a.k.a. 'JRTN'; a.k.a. 'JRN'.",
        {
            "names": [
                ("AMNO", "weak_alias", "a.k.a."),
                ("JRTN", "weak_alias", "a.k.a."),
                ("JRN", "weak_alias", "a.k.a."),
            ],
            "identifiers": [
                ("website", "www.alnakshabandia-army.org", None, None),
                ("website", "www.alnakshabndia-army.com", None, None),
            ],
        },
    ),
    (
        "12312",
        "SWIFT/BIC KDBKKPPY; Secondary sanctions risk: North Korea Sanctions Regulations, "
        "sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled "
        "By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214; "
        "PHONE 850 2 381 8221; PHONE 850 2 18111 ext. 8221; FAX 850 2 381 4576; TELEX 360230 "
        "and 37041 KDP KP; TGMS daesongbank; EMAIL kdb@co.chesin.com.",
        {
            "identifiers": [
                ("swift_bic", "KDBKKPPY", None, None),
                ("phone", "850 2 381 8221", None, None),
                ("phone", "850 2 18111 ext. 8221", None, None),
                ("phone", "850 2 381 4576", None, "fax"),
                ("phone", "360230 and 37041 KDP KP", None, "telex"),
                ("email", "kdb@co.chesin.com", None, None),
            ],
            "properties": [
                (
                    "secondary_sanctions_risk",
                    "North Korea Sanctions Regulations, sections 510.201 and 510.210",
                ),
                ("transactions_prohibited", "North Korea Sanctions Regulations section 510.214"),
            ],
            "remarks": ["TGMS daesongbank"],
            "findings": [("unmapped_remark", "TGMS daesongbank")],
        },
    ),
    (
        "15036",
        "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; alt. Former Vessel Flag "
        "None Identified; alt. Former Vessel Flag Tanzania; Additional Sanctions Information - "
        "Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI "
        "572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.",
        {
            "names": [("ALPHA", "former", "f.k.a.")],
            "identifiers": [("imo", "9187629", None, None), ("mmsi", "572469210", None, None)],
            "properties": [
                ("former_vessel_flag", "Malta"),
                ("former_vessel_flag", "Tuvalu"),
                ("former_vessel_flag", "None Identified"),
                ("former_vessel_flag", "Tanzania"),
                ("additional_sanctions_information", "Subject to Secondary Sanctions"),
            ],
            "relations": [("linked_to", "NATIONAL IRANIAN TANKER COMPANY")],
        },
    ),
    (
        "15431",
        "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft "
        "Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft "
        "Manufacturer's Serial Number (MSN) 1023409321; Linked To: POUYA AIR.",
        {
            "identifiers": [
                ("aircraft_serial", "8401", None, "construction number"),
                ("aircraft_serial", "1023409321", None, None),
            ],
            "properties": [
                ("aircraft_manufacture_date", "1992"),
                ("aircraft_model", "IL76-TD"),
                ("aircraft_operator", "YAS AIR"),
            ],
            "relations": [("linked_to", "POUYA AIR")],
        },
    ),
    (
        "15962",
        "DOB 01 Jan 1961 to 31 Dec 1962; nationality Iran; Additional Sanctions Information - "
        "Subject to Secondary Sanctions; Passport U14624657 (Iran); Finance Director, National "
        "Iranian Oil Company; Director, Hong Kong Intertrade Company; Director, Petro Suisse "
        "Intertrade Company.",
        {
            "birth_dates": ["1961-01-01/1962-12-31"],
            "nationalities": ["ir"],
            "identifiers": [("passport", "U14624657", "ir", None)],
            "positions": [
                "Finance Director, National Iranian Oil Company",
                "Director, Hong Kong Intertrade Company",
                "Director, Petro Suisse Intertrade Company",
            ],
            "properties": [("additional_sanctions_information", "Subject to Secondary Sanctions")],
        },
    ),
    (
        "16651",
        "DOB 01 Jan 1960; POB Yirol, Lakes State; Commander, Presidential Guard Unit; Major "
        "General, Sudan People's Liberation Army; a.k.a. 'CHAN, Marial'.",
        {
            "names": [("CHAN, Marial", "weak_alias", "a.k.a.")],
            "birth_dates": ["1960-01-01"],
            "birth_places": ["Yirol, Lakes State"],
            "positions": [
                "Commander, Presidential Guard Unit",
                "Major General, Sudan People's Liberation Army",
            ],
        },
    ),
    (
        "16662",
        "DOB 04 Jan 1968; POB Moscow, Russia; nationality Russia; Gender Male; Secondary "
        "sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or "
        "589.209; Member of the State Duma of the Federal Assembly of the Russian Federation.",
        {
            "birth_dates": ["1968-01-04"],
            "birth_places": ["Moscow, Russia"],
            "nationalities": ["ru"],
            "gender": "male",
            "positions": [
                "Member of the State Duma of the Federal Assembly of the Russian Federation"
            ],
            "properties": [
                (
                    "secondary_sanctions_risk",
                    "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209",
                )
            ],
        },
    ),
    (
        "18150",
        "Aircraft Manufacture Date 2002; Aircraft Model Airbus A340-642; Aircraft "
        "Manufacturer's Serial Number (MSN) 391; Aircraft Tail Number EP-MMH; Additional "
        "Sanctions Information - Subject to Secondary Sanctions; Linked To: MAHAN AIR.",
        {
            "identifiers": [
                ("aircraft_serial", "391", None, None),
                ("aircraft_tail", "EP-MMH", None, None),
            ],
            "properties": [
                ("aircraft_manufacture_date", "2002"),
                ("aircraft_model", "Airbus A340-642"),
                ("additional_sanctions_information", "Subject to Secondary Sanctions"),
            ],
            "relations": [("linked_to", "MAHAN AIR")],
        },
    ),
    (
        "21328",
        "DOB 03 Aug 1956; nationality Russia; Gender Male; Secondary sanctions risk: "
        "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201; Passport 100119726 "
        "(Russia); alt. Passport 100115101 (Russia); Chief of GRU; Linked To: MAIN "
        "INTELLIGENCE DIRECTORATE.",
        {
            "birth_dates": ["1956-08-03"],
            "nationalities": ["ru"],
            "gender": "male",
            "identifiers": [
                ("passport", "100119726", "ru", None),
                ("passport", "100115101", "ru", None),
            ],
            "positions": ["Chief of GRU"],
            "properties": [
                (
                    "secondary_sanctions_risk",
                    "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201",
                )
            ],
            "relations": [("linked_to", "MAIN INTELLIGENCE DIRECTORATE")],
        },
    ),
    (
        "27197",
        "Aircraft Manufacture Date 01 Dec 2000; Aircraft Mode S Transponder Code 140AE7; "
        "Aircraft Model Hawker 800XP; Aircraft Operator Beratex Group Limited; Nationality of "
        "Registration Russia; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions "
        "Regulations, 31 CFR 589.201 and/or 589.209; Aircraft Serial Identification 258512; "
        "Linked To: BERATEX GROUP LIMITED.",
        {
            "identifiers": [("aircraft_serial", "258512", None, None)],
            "properties": [
                ("aircraft_manufacture_date", "2000-12-01"),
                ("aircraft_mode_s_transponder_code", "140AE7"),
                ("aircraft_model", "Hawker 800XP"),
                ("aircraft_operator", "Beratex Group Limited"),
                ("registration_country", "Russia"),
                (
                    "secondary_sanctions_risk",
                    "Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209",
                ),
            ],
            "relations": [("linked_to", "BERATEX GROUP LIMITED")],
        },
    ),
    (
        "31811",
        "DOB 02 Mar 1996; citizen Tajikistan; Gender Male; Digital Currency Address - XBT "
        "17a5bpKvEp1j1Trs4qTbcNZrby53JbaS9C.",
        {
            "birth_dates": ["1996-03-02"],
            "citizenships": ["tj"],
            "gender": "male",
            "identifiers": [
                ("crypto_wallet", "17a5bpKvEp1j1Trs4qTbcNZrby53JbaS9C", None, "XBT"),
            ],
        },
    ),
    (
        "35136",
        "Website novilabmobile.com; alt. Website novilabmobile.ru; Organization Established "
        "Date 06 Sep 2010; Organization Type: Other information technology and computer "
        "service activities; Target Type Private Company; Registration ID 1107746723776 "
        "(Russia); Tax ID No. 7724759532 (Russia).",
        {
            "identifiers": [
                ("website", "novilabmobile.com", None, None),
                ("website", "novilabmobile.ru", None, None),
                ("registration_number", "1107746723776", "ru", None),
                ("tax_id", "7724759532", "ru", None),
            ],
            "properties": [
                ("organization_established_date", "2010-09-06"),
                (
                    "organization_type",
                    "Other information technology and computer service activities",
                ),
                ("target_type", "Private Company"),
            ],
        },
    ),
    (
        "45917",
        "DOB 24 May 1970; nationality Region: Gaza; Gender Male; Secondary sanctions risk: "
        "section 1(b) of Executive Order 13224, as amended by Executive Order 13886; National "
        "ID No. 980335608 (Region: Gaza); Linked To: AL-ANSAR CHARITY ASSOCIATION.",
        {
            "birth_dates": ["1970-05-24"],
            "nationalities": ["ps"],
            "gender": "male",
            "identifiers": [("national_id", "980335608", "ps", None)],
            "properties": [
                (
                    "secondary_sanctions_risk",
                    "section 1(b) of Executive Order 13224, as amended by Executive Order 13886",
                )
            ],
            "relations": [("linked_to", "AL-ANSAR CHARITY ASSOCIATION")],
        },
    ),
    (
        "7163",
        "DOB 29 Sep 1953; POB Santa Agueda,Baja California Sur,Mexico; R.F.C. AUAM-530929 "
        "(Mexico); Credencial electoral 101924629544 (Mexico).",
        {
            "birth_dates": ["1953-09-29"],
            "birth_places": ["Santa Agueda,Baja California Sur,Mexico"],
            "identifiers": [
                ("tax_id", "AUAM-530929", "mx", None),
                ("voter_id", "101924629544", "mx", None),
            ],
        },
    ),
    (
        "7885",
        "DOB 1945; POB ar-Ramadi, Iraq; nationality Iraq; Former Minister of Higher Education "
        "and Research; M0018061/104,issued 12 September 1993.",
        {
            "birth_dates": ["1945"],
            "birth_places": ["ar-Ramadi, Iraq"],
            "nationalities": ["iq"],
            "positions": ["Former Minister of Higher Education and Research"],
            "remarks": ["M0018061/104,issued 12 September 1993"],
            "findings": [("unmapped_remark", "M0018061/104,issued 12 September 1993")],
        },
    ),
    # Single parts, each as it stands in one cell of the same file.
    ("-", "DOB 1929 to 1930", {"birth_dates": ["1929/1930"]}),
    ("-", "DOB Apr 1961", {"birth_dates": ["1961-04"]}),
    ("-", "Gender Female", {"gender": "female"}),
    ("-", "citizen Korea, North", {"citizenships": ["kp"]}),
    (
        "-",
        "nationality North Macedonia, The Republic of",
        {"nationalities": ["mk"]},
    ),
    (
        "-",
        "daughter of Saddam Hussein al-Tikriti.",
        {"relations": [("child", "Saddam Hussein al-Tikriti")]},
    ),
    (
        "-",
        "Diplomatic Passport A00000271 (Nicaragua) issued 12 Sep 2012 expires 12 Sep 2022.",
        {
            "identifiers": [
                (
                    "diplomatic_passport",
                    "A00000271",
                    "ni",
                    "issued 12 Sep 2012 expires 12 Sep 2022",
                )
            ]
        },
    ),
    (
        "-",
        "Driver's License No. 07442833 (United States) expires 15 Mar 2016",
        {"identifiers": [("driving_licence", "07442833", "us", "expires 15 Mar 2016")]},
    ),
    (
        "-",
        "SSN 156-92-9858 (United States)",
        {"identifiers": [("social_security", "156-92-9858", "us", None)]},
    ),
    (
        "-",
        "Birth Certificate Number 1269 (Iran)",
        {"identifiers": [("birth_certificate", "1269", "ir", None)]},
    ),
    ("-", "D-U-N-S Number 36-025-1842", {"identifiers": [("duns", "36-025-1842", None, None)]}),
    (
        "-",
        "Legal Entity Number 25340019U0SFT4YC9G79 (Russia)",
        {"identifiers": [("lei", "25340019U0SFT4YC9G79", "ru", None)]},
    ),
    (
        "-",
        "Unified Social Credit Code (USCC) 9113100033607322XK (China)",
        {"identifiers": [("registration_number", "9113100033607322XK", "cn", None)]},
    ),
    ("-", "Identification Number IMO 0555641", {"identifiers": [("imo", "0555641", None, None)]}),
    ("-", "Company Number IMO 1865817", {"identifiers": [("imo", "1865817", None, None)]}),
    (
        "-",
        "International Maritime Organization No. (5777731)",
        {"identifiers": [("imo", "5777731", None, None)]},
    ),
    ("-", "SWIFT/BIC ABLTBY22", {"identifiers": [("swift_bic", "ABLTBY22", None, None)]}),
    (
        "-",
        "Email Address 1044064266@qq.com",
        {"identifiers": [("email", "1044064266@qq.com", None, None)]},
    ),
    (
        "-",
        "Telephone Number: (971) (4) (3248000).",
        {"identifiers": [("phone", "(971) (4) (3248000)", None, None)]},
    ),
    (
        "-",
        "Registration Number HRA 738077 (Stuttgart) (Germany)",
        {"identifiers": [("registration_number", "HRA 738077", "de", "(Stuttgart)")]},
    ),
    (
        "-",
        "Folio Mercantil No. 22839 (Jalisco) (Mexico).",
        {"identifiers": [("registration_number", "22839", "mx", "(Jalisco)")]},
    ),
    (
        "-",
        "Matricula Mercantil No 818178-2 (Cali).",
        {"identifiers": [("registration_number", "818178-2", "co", None)]},
    ),
    (
        "-",
        "V.A.T. Number BG 121024920 (Bulgaria)",
        {"identifiers": [("tax_id", "BG 121024920", "bg", None)]},
    ),
    ("-", "Vessel Year of Build 1999", {"properties": [("vessel_year_of_build", "1999")]}),
    (
        "-",
        "IFCA Determination - Port Operator",
        {"properties": [("ifca_determination", "Port Operator")]},
    ),
    (
        "-",
        "CAATSA Section 235 Information: EXPORT SANCTIONS Sec. 235(a)(2)",
        {"properties": [("caatsa_section_235_information", "EXPORT SANCTIONS Sec. 235(a)(2)")]},
    ),
    (
        "-",
        "Executive Order 13846 information: FOREIGN EXCHANGE.  Sec. 5(a)(ii)",
        {"properties": [("executive_order_13846_information", "FOREIGN EXCHANGE.  Sec. 5(a)(ii)")]},
    ),
    (
        "-",
        "Executive Order 13662 Directive Determination - Subject to Directive 1",
        {
            "properties": [
                ("executive_order_13662_directive_determination", "Subject to Directive 1")
            ]
        },
    ),
    (
        "-",
        "Effective Date (EO 14024 Directive 2): 26 Mar 2022",
        {"properties": [("effective_date_eo_14024_directive_2", "2022-03-26")]},
    ),
    (
        "-",
        "Organization Established Date Jan 2021",
        {"properties": [("organization_established_date", "2021-01")]},
    ),
]


@pytest.mark.parametrize(("ent_num", "text", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_real_remarks(ent_num: str, text: str, expected: dict[str, Any]) -> None:
    assert summary(parse_remarks(text)) == expected


def test_every_part_is_counted_once() -> None:
    facts = parse_remarks(CASES[9][1])
    assert facts.mapped + facts.unmapped == len(split_parts(CASES[9][1])) == 10


def test_truncated_cell_keeps_its_last_part_as_text() -> None:
    # ent_num 27307 (LAZARUS GROUP): OFAC's 1000-character cut falls inside an alias.
    text = "a.k.a. 'OFFICE 91'; a.k.a. 'GUARDIANS OF PEACE'; a.k.a. 'WHOIS HACKIN"
    facts = parse_remarks(text, truncated=True)
    assert [n.value for n in facts.names] == ["OFFICE 91", "GUARDIANS OF PEACE"]
    assert facts.remarks == ["a.k.a. 'WHOIS HACKIN"]
    assert facts.findings == [("truncated_remark", "a.k.a. 'WHOIS HACKIN")]


def test_programme_tags_in_remarks() -> None:
    # Older files carry programme tags in Remarks; none in the 2024 file, so this is made up.
    facts = parse_remarks("[IFSR] [NPWMD]; Vessel Year of Build 1999.")
    assert facts.programmes == ["IFSR", "NPWMD"]
    assert facts.properties == [("vessel_year_of_build", "1999")]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("DOB 1969; POB Xudur, Somalia.", ["DOB 1969", "POB Xudur, Somalia"]),
        ("a (b; c) d; e", ["a (b; c) d", "e"]),
        ("a.k.a. 'X; Y'; DOB 1961.", ["a.k.a. 'X; Y'", "DOB 1961"]),
        # an apostrophe or bracket that never closes is not a grouping
        (
            "Saddam Hussein al-Tikriti's son; DOB 1961",
            ["Saddam Hussein al-Tikriti's son", "DOB 1961"],
        ),
        ("a (b; c; DOB 1961", ["a (b", "c", "DOB 1961"]),
        ("Linked To: BANCO X S.A.", ["Linked To: BANCO X S.A."]),
        (" ; ;", []),
    ],
)
def test_split_parts(text: str, parts: list[str]) -> None:
    assert split_parts(text) == parts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 Jan 1961", PartialDate(1961, 1, 31)),
        ("Jan 1961", PartialDate(1961, 1)),
        ("1961", PartialDate(1961)),
        ("circa 1961", PartialDate(1961)),
        ("10 October 1969.", PartialDate(1969, 10, 10)),
        ("1960 to 1965", DateRange(PartialDate(1960), PartialDate(1965))),
        ("circa 1960-1965", DateRange(PartialDate(1960), PartialDate(1965))),
        ("Mar 1960 to Dec 1962", DateRange(PartialDate(1960, 3), PartialDate(1962, 12))),
        ("31 Feb 1961", None),
        ("Foo 1961", None),
        ("sometime", None),
    ],
)
def test_parse_date(text: str, expected: PartialDate | DateRange | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Business Number 13195014 (Taiwan).", "Business Number 13195014 (Taiwan)"),
        ("Organization Type: activities n.e.c.", "Organization Type: activities n.e.c."),
        ("BANCO X S.A.", "BANCO X S.A."),
        ("ACME CO.", "ACME CO"),
    ],
)
def test_strip_terminator(text: str, expected: str) -> None:
    assert strip_terminator(text) == expected


def test_split_identifier_with_region_and_dates() -> None:
    parts = split_identifier("0310857 (Somaliland) (Eritrea) issued 21 Aug 2006 expires 2008.")
    assert (parts.value, parts.country_name) == ("0310857", "Eritrea")
    assert parts.note == "(Somaliland) issued 21 Aug 2006 expires 2008"


def test_unknown_country_keeps_the_identifier() -> None:
    facts = parse_remarks("Passport 12345 (Atlantis)")
    assert [(i.value, i.country, i.note) for i in facts.identifiers] == [
        ("12345", None, "(Atlantis)")
    ]
    assert facts.findings == [("unmapped_country", "Atlantis")]
    assert (facts.mapped, facts.unmapped) == (1, 0)


def test_unmapped_label_is_a_finding_and_stays_in_remarks() -> None:
    facts = parse_remarks("Frobnication Licence 77; DOB 1961.")
    assert facts.remarks == ["Frobnication Licence 77"]
    assert facts.findings == [("unmapped_remark", "Frobnication Licence 77")]


def test_vocabulary_kinds_exist() -> None:
    kinds = set(id_kinds())
    rules = vocabulary().rules.values()
    assert {r.target for r in rules if r.reader == "identifier"} <= kinds
    assert {r.target for r in rules if r.reader == "relation"} <= {k.value for k in RelationKind}
    assert {
        spec["kind"] for spec in source_spec("us_ofac_sdn")["lookups"]["unlabelled_ids"]
    } <= kinds


@pytest.mark.slow
@pytest.mark.skipif(not SDN_2024.exists(), reason="needs ../shared/bench")
def test_coverage_on_the_full_2024_file() -> None:
    with gzip.open(SDN_2024, "rt", encoding="utf-8", newline="") as fh:
        cells = [row[11].strip() for row in csv.reader(io.StringIO(fh.read())) if len(row) == 12]
    mapped = unmapped = 0
    for cell in cells:
        if cell != "-0-":
            facts = parse_remarks(cell, truncated=len(cell) >= 997)
            mapped, unmapped = mapped + facts.mapped, unmapped + facts.unmapped
    assert mapped / (mapped + unmapped) > 0.999


def test_source_spec_is_cached_and_names_missing_lists() -> None:
    assert source_spec("us_ofac_sdn") is source_spec("us_ofac_sdn")
    assert source_spec("us_ofac_sdn")["list_id"] == "us_ofac_sdn"
    with pytest.raises(NotFound, match="no_such_list"):
        source_spec("no_such_list")


def test_a_spec_the_parser_cannot_honour_fails_at_load() -> None:
    lookups = dict(source_spec("us_ofac_sdn")["lookups"])
    lookups["remark_fields"] = {"DOB": "horoscope"}
    with pytest.raises(InvalidData, match="no reader named 'horoscope'"):
        Vocabulary(lookups, {"birth_date"})
    lookups["remark_fields"] = {"DOB": "birth_date", "dob": "birth_date"}
    with pytest.raises(InvalidData, match="defined twice"):
        Vocabulary(lookups, {"birth_date"})
