"""Demo customers (English): organisations, projects and departments by industry, and where
their people's names come from.

A company: (name, short name, e-mail domain, whether its deadlines count working hours); a
department: (department, job title, "" — the salutation comes from the person)."""

from __future__ import annotations

from desktop.demo.companies import Industry

INDUSTRIES = {
    "bank": Industry(
        companies=(
            ("Harbourside Bank", "Harbourside", "harbourside", False),
            ("Northgate Building Society", "Northgate", "northgate", False),
            ("Meridian Savings Bank", "Meridian", "meridiansb", False),
        ),
        projects=("Core banking upgrade", "Branch teller system", "Loan origination rollout"),
        departments=(
            ("IT", "Head of IT", ""),
            ("Operations", "Operations Manager", ""),
            ("Retail Banking", "Branch Network Manager", ""),
        ),
    ),
    "energy": Industry(
        companies=(
            ("Westwind Energy", "Westwind", "westwind", False),
            ("Brightwater Utilities", "Brightwater", "brightwater", False),
            ("Solent Power", "", "solentpower", False),
        ),
        projects=("Asset inspection app", "Outage management system", "Metering platform"),
        departments=(
            ("IT", "IT Manager", ""),
            ("Network Operations", "Control Room Supervisor", ""),
            ("Field Services", "Field Services Manager", ""),
        ),
    ),
    "government": Industry(
        companies=(
            ("Riverside City Council", "Riverside Council", "riverside-council", False),
            ("Eastfield Borough Council", "Eastfield Council", "eastfield", False),
            ("Kingsbridge County Council", "Kingsbridge Council", "kingsbridge", False),
        ),
        projects=("Resident services portal", "Licensing system", "Records digitisation"),
        departments=(
            ("Digital Services", "Head of Digital Services", ""),
            ("Customer Services", "Customer Services Manager", ""),
            ("Licensing", "Licensing Team Leader", ""),
        ),
    ),
    "hospital": Industry(
        companies=(
            ("Contoso Health", "Contoso", "contosohealth", False),
            ("St Aidan's Hospital", "St Aidan's", "staidans", False),
            ("Lakeside Medical Centre", "Lakeside", "lakesidemc", False),
        ),
        projects=("Patient portal integration", "Electronic records upgrade", "Pharmacy system"),
        departments=(
            ("IT", "IT Services Manager", ""),
            ("Outpatients", "Outpatients Manager", ""),
            ("Pharmacy", "Chief Pharmacist", ""),
        ),
    ),
    "insurance": Industry(
        companies=(
            ("Litware Insurance", "Litware", "litware", False),
            ("Harbour Mutual", "", "harbourmutual", False),
            ("Crestline Assurance", "Crestline", "crestline", False),
        ),
        projects=("Claims workflow", "Underwriting platform", "Broker portal"),
        departments=(
            ("IT", "IT Manager", ""),
            ("Claims", "Claims Manager", ""),
            ("Underwriting", "Head of Underwriting", ""),
        ),
    ),
    "logistics": Industry(
        companies=(
            ("Fabrikam Logistics", "Fabrikam", "fabrikam", False),
            ("Northwind Freight", "", "northwindfreight", False),
            ("Swiftline Couriers", "Swiftline", "swiftline", False),
        ),
        projects=("Warehouse system", "Route planning rollout", "Customs integration"),
        departments=(
            ("IT", "IT Manager", ""),
            ("Operations", "Operations Director", ""),
            ("Warehouse", "Warehouse Manager", ""),
        ),
    ),
    "manufacturing": Industry(
        companies=(
            ("Adventure Works", "", "adventureworks", False),
            ("Kestrel Components", "Kestrel", "kestrel", False),
            ("Ironbridge Fabrication", "Ironbridge", "ironbridge", False),
        ),
        projects=("MES rollout", "ERP costing module", "Quality traceability system"),
        departments=(
            ("IT", "IT Manager", ""),
            ("Production", "Production Manager", ""),
            ("Quality", "Quality Manager", ""),
        ),
    ),
    "pharma": Industry(
        companies=(
            ("Alderley Pharmaceuticals", "Alderley", "alderley", False),
            ("Bluecrest Biologics", "Bluecrest", "bluecrest", False),
        ),
        projects=("Quality management system", "Electronic batch records", "Cold-chain monitoring"),
        departments=(
            ("IT", "IT Validation Lead", ""),
            ("Quality Assurance", "QA Manager", ""),
            ("Manufacturing", "Production Lead", ""),
        ),
    ),
    "real_estate": Industry(
        companies=(
            ("Greenway Property Management", "Greenway", "greenway", False),
            ("Oakridge Estates", "Oakridge", "oakridge", False),
        ),
        projects=("Lettings platform", "Service charge system", "Facilities helpdesk"),
        departments=(
            ("IT", "IT Manager", ""),
            ("Lettings", "Lettings Manager", ""),
            ("Finance", "Finance Manager", ""),
        ),
    ),
    "restaurant": Industry(
        companies=(
            ("The Copper Kettle Group", "Copper Kettle", "copperkettle", False),
            ("Bella Cucina", "", "bellacucina", False),
            ("Noodle Street", "", "noodlestreet", False),
        ),
        projects=("Point-of-sale rollout", "Online ordering", "Kitchen display system"),
        departments=(
            ("Operations", "Operations Manager", ""),
            ("Finance", "Finance Manager", ""),
            ("Restaurants", "Area Manager", ""),
        ),
    ),
    "retail": Industry(
        companies=(
            ("Northwind Traders", "Northwind", "northwindtraders", False),
            ("Highstreet Home", "", "highstreethome", False),
            ("Tailspin Outdoor", "Tailspin", "tailspin", False),
        ),
        projects=("E-commerce platform", "Store POS upgrade", "Loyalty programme"),
        departments=(
            ("IT", "Head of IT", ""),
            ("Store Operations", "Store Operations Manager", ""),
            ("E-commerce", "E-commerce Manager", ""),
        ),
    ),
    "school": Industry(
        companies=(
            ("Westbrook Academy", "Westbrook", "westbrook", False),
            ("Riverside College", "", "riversidecollege", False),
            ("St Mary's Primary School", "St Mary's", "stmarys", False),
        ),
        projects=("School information system", "Learning platform", "Exams and assessment module"),
        departments=(
            ("Administration", "School Business Manager", ""),
            ("IT", "Network Manager", ""),
            ("Exams Office", "Exams Officer", ""),
        ),
    ),
    "telecom": Industry(
        companies=(
            ("Skyline Telecom", "Skyline", "skyline", False),
            ("Metro Fibre", "", "metrofibre", False),
            ("Clearcall Mobile", "Clearcall", "clearcall", False),
        ),
        projects=("Billing system migration", "CRM rollout", "Field engineer scheduling"),
        departments=(
            ("IT", "IT Director", ""),
            ("Customer Care", "Customer Care Manager", ""),
            ("Network", "Network Operations Manager", ""),
        ),
    ),
}

CITIES = (
    ("Bristol", "BS1"),
    ("Leeds", "LS1"),
    ("Manchester", "M1"),
    ("Glasgow", "G1"),
    ("Edinburgh", "EH1"),
    ("London", "EC1A"),
)
STREETS = ("Harbour Road", "Station Street", "Mill Lane", "Queen Street", "Park Row", "High Street")
MOBILE = "+44 7700 900"  # set aside for drama by Ofcom: never a real subscriber's
FEMALE = (
    "Sarah",
    "Emma",
    "Olivia",
    "Hannah",
    "Laura",
    "Rachel",
    "Priya",
    "Chloe",
    "Megan",
    "Aisha",
    "Claire",
    "Nicola",
)
MALE = (
    "James",
    "Tom",
    "Daniel",
    "Raj",
    "Oliver",
    "Mark",
    "Simon",
    "Andrew",
    "Peter",
    "Ahmed",
    "Gareth",
    "Neil",
)
SURNAMES = (
    "Miller",
    "Patel",
    "Baker",
    "Wilson",
    "Turner",
    "Hughes",
    "Clarke",
    "Evans",
    "Khan",
    "Walsh",
    "Fletcher",
    "Morgan",
    "Reid",
    "Campbell",
    "Foster",
    "Shaw",
    "Price",
    "Doyle",
    "Okafor",
    "Murray",
)
