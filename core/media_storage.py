"""
Where uploaded images live: the local media folder, or S3-compatible object storage.

One server keeps them in MEDIA_ROOT, served by nginx or Caddy. Several servers share one
bucket through django-storages, configured from the environment; the Content Security Policy
then allows images from exactly that bucket's host.
"""

from urllib.parse import urlsplit

# Every stored name is content-addressed (the original's hash, then width and format for
# renditions), so a file at one address never changes: browsers may keep it for a year.
IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable"


def s3_storage(env):
    """
    Return ``(storage, image_host)`` for S3-compatible storage, or ``(None, None)``.

    ``env`` maps variable names to strings (os.environ, or a dict in tests). Storage is used
    when MEDIA_S3_BUCKET is set; the host is where browsers fetch the images from.
    """
    bucket = env.get("MEDIA_S3_BUCKET", "")
    if not bucket:
        return None, None
    endpoint = env.get("MEDIA_S3_ENDPOINT_URL", "")
    custom_domain = env.get("MEDIA_S3_CUSTOM_DOMAIN", "")
    region = env.get("MEDIA_S3_REGION", "")
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        # Public, unsigned addresses: the same page may be cached and served to anyone.
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": IMMUTABLE_CACHE_CONTROL},
    }
    if endpoint:
        options["endpoint_url"] = endpoint
    if region:
        options["region_name"] = region
    if custom_domain:
        options["custom_domain"] = custom_domain
        host = custom_domain.split("/")[0]
    elif endpoint:
        host = urlsplit(endpoint).netloc
    else:
        # boto3's own address for a bucket on AWS, whatever its region.
        host = f"{bucket}.s3.amazonaws.com"
    # Credentials stay in boto3's own variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY),
    # which it reads itself: they never pass through the settings.
    storage = {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}
    return storage, f"https://{host}"
