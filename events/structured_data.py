"""schema.org ``Event`` for an event's page, and the list of coming events."""

from core.structured_data import CONTEXT, absolute, organisation_id

SCHEMA = "https://schema.org/"


def _location(event):
    if event.is_online:
        # The video link goes to registrants only: the page is where the event is found.
        return {"@type": "VirtualLocation", "url": absolute(event.get_absolute_url())}
    address = {"@type": "PostalAddress", "streetAddress": event.place, "addressCountry": "FI"}
    if event.locality:
        address["addressLocality"] = event.locality
    return {"@type": "Place", "name": event.place, "address": address}


def _offer(event):
    price = event.price_parts
    offer = {
        "@type": "Offer",
        "url": absolute(event.get_absolute_url()),
        "price": f"{price.gross:.2f}" if price else "0",
        "priceCurrency": "EUR",
        "availability": SCHEMA + ("InStock" if event.places_left else "SoldOut"),
    }
    if price:
        offer["priceSpecification"] = {
            "@type": "UnitPriceSpecification",
            "price": f"{price.net:.2f}",
            "priceCurrency": "EUR",
            "valueAddedTaxIncluded": False,
        }
    if event.starts_at:
        offer["validThrough"] = event.closes_at().isoformat()
    return offer


def event(event, site):
    """The Event of ``event`` (its sessions prefetched; leaders too), by ``site``."""
    sessions = list(event.sessions.all())
    if not sessions:
        return None
    data = {
        "@context": CONTEXT,
        "@type": "EducationEvent",
        "@id": absolute(event.get_absolute_url() + "#tapahtuma"),
        "name": event.title,
        "description": event.lead,
        "url": absolute(event.get_absolute_url()),
        "startDate": sessions[0].start.isoformat(),
        "endDate": sessions[-1].end.isoformat(),
        "eventStatus": SCHEMA + ("EventCancelled" if event.is_cancelled else "EventScheduled"),
        "eventAttendanceMode": SCHEMA
        + ("OnlineEventAttendanceMode" if event.is_online else "OfflineEventAttendanceMode"),
        "location": _location(event),
        "organizer": {
            "@type": "Organization",
            "@id": organisation_id(),
            "name": site.name,
            "url": absolute("/"),
        },
        "offers": _offer(event),
        "maximumAttendeeCapacity": event.places,
        "remainingAttendeeCapacity": event.places_left,
    }
    leaders = list(event.leaders.all())
    if leaders:
        data["performer"] = [
            {"@type": "Person", "name": leader.name, "url": absolute(leader.get_absolute_url())}
            for leader in leaders
        ]
    if len(sessions) > 1:
        data["subEvent"] = [
            {
                "@type": "EducationEvent",
                "name": event.title,
                "startDate": session.start.isoformat(),
                "endDate": session.end.isoformat(),
                "eventAttendanceMode": data["eventAttendanceMode"],
                "location": data["location"],
            }
            for session in sessions
        ]
    return data


def event_list(events):
    """An ItemList of the coming events' pages, the soonest first."""
    if not events:
        return None
    return {
        "@context": CONTEXT,
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "url": absolute(e.get_absolute_url())}
            for position, e in enumerate(events, start=1)
        ],
    }
