"""The cooperation domains named in DOMAIN.md: (code, English, Persian)."""

DOMAINS = [
    ("economy", "Economy and trade", "اقتصاد و تجارت"),
    ("culture", "Culture", "فرهنگ"),
    ("planning", "Urban planning", "برنامه‌ریزی شهری"),
    ("urban_services", "Urban services", "خدمات شهری"),
    ("transport", "Public transport", "حمل‌ونقل عمومی"),
    ("environment", "Environment", "محیط زیست"),
    ("clean_energy", "Clean energy", "انرژی پاک"),
    ("smart_city", "Smart city", "شهر هوشمند"),
    ("infrastructure", "Infrastructure", "زیرساخت"),
    ("tourism", "Tourism", "گردشگری"),
    ("engineering", "Technical and engineering services", "خدمات فنی و مهندسی"),
    ("religious", "Religious and pilgrimage affairs", "امور زیارتی و مذهبی"),
]


def seed_domains(Domain):
    for code, name_en, name_fa in DOMAINS:
        Domain.objects.update_or_create(code=code, defaults={"name_en": name_en, "name_fa": name_fa})
