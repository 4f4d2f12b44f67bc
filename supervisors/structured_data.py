"""schema.org `Person` for a supervisor's profile."""

from core.structured_data import CONTEXT, absolute, organisation_id


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
    if supervisor.sector_list:
        data["knowsAbout"] = supervisor.sector_list
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


def credential_data(credential):
    data = {"@type": "EducationalOccupationalCredential", "name": credential.title}
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
