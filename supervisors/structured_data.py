"""schema.org `Person` for a supervisor's profile, with the qualifications a buyer compares."""

from django.utils.text import capfirst

from core.structured_data import CONTEXT, absolute, organisation_id

# The association of trained supervisors in Finland (its own rules: "Suomen työnohjaajat ry",
# informally "STOry").
STORY = {
    "@type": "Organization",
    "name": "Suomen työnohjaajat ry",
    "alternateName": "STOry",
    "url": "https://www.suomentyonohjaajat.fi/",
}


def person(supervisor, site=None):
    data = {
        "@context": CONTEXT,
        "@type": "Person",
        "@id": absolute(supervisor.get_absolute_url() + "#henkilo"),
        "name": supervisor.name,
        "jobTitle": supervisor.role,
        "description": supervisor.introduction,
        "url": absolute(supervisor.get_absolute_url()),
        "worksFor": {
            "@type": "ProfessionalService",
            "@id": organisation_id(),
            "name": site.name if site else "",
            "url": absolute("/"),
        },
    }
    if supervisor.languages:
        data["knowsLanguage"] = list(supervisor.languages)
    if supervisor.sector_list or supervisor.method_list:
        data["knowsAbout"] = [*supervisor.sector_list, *supervisor.method_list]
    if supervisor.place_list:
        data["workLocation"] = [place(name) for name in supervisor.place_list]
    if supervisor.supervising_since:
        # The schema.org Role pattern: the occupation, held since the year given.
        data["hasOccupation"] = {
            "@type": "Role",
            "startDate": str(supervisor.supervising_since),
            "hasOccupation": {
                "@type": "Occupation",
                "name": capfirst(str(supervisor._meta.verbose_name)),
            },
        }
    if supervisor.story_member:
        data["memberOf"] = STORY
        if supervisor.story_register_link:
            data["sameAs"] = [supervisor.story_register_link]
    if supervisor.email:
        data["email"] = supervisor.email
    if supervisor.phone:
        data["telephone"] = supervisor.phone
    if supervisor.photo and supervisor.photo.file:
        data["image"] = absolute_media(supervisor.photo.file.url)
    credentials = [credential_data(credential) for credential in supervisor.credentials.all()]
    if credentials:
        data["hasCredential"] = credentials
    return data


def place(name):
    return {
        "@type": "Place",
        "name": name,
        "address": {"@type": "PostalAddress", "addressLocality": name, "addressCountry": "FI"},
    }


def credential_data(credential):
    data = {
        "@type": "EducationalOccupationalCredential",
        "name": credential.title,
        "credentialCategory": str(credential.get_kind_display()),
        "description": credential.summary,
    }
    if credential.issuer:
        data["recognizedBy"] = {"@type": "Organization", "name": credential.issuer}
    if credential.year:
        data["dateCreated"] = str(credential.year)
    if credential.verification_url:
        data["url"] = credential.verification_url
    return data


def absolute_media(url):
    """Media on object storage already has its host; local media gets the site's."""
    return url if url.startswith(("http://", "https://")) else absolute(url)
