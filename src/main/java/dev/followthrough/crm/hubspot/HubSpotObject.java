package dev.followthrough.crm.hubspot;

import dev.followthrough.crm.CrmRecord;

/**
 * The HubSpot object each outbox record kind becomes, with HubSpot's default (HUBSPOT_DEFINED) association type ids
 * from the object to a contact, a company and a deal (table in shared/contracts/API-NOTES.md section 1.3, taken from
 * HubSpot's own hubspot-api-ruby AssociationType helper).
 */
enum HubSpotObject {
    NOTE("notes", 202, 190, 214),
    TASK("tasks", 204, 192, 216),
    EMAIL("emails", 198, 186, 210);

    final String path;
    final int toContact;
    final int toCompany;
    final int toDeal;

    HubSpotObject(String path, int toContact, int toCompany, int toDeal) {
        this.path = path;
        this.toContact = toContact;
        this.toCompany = toCompany;
        this.toDeal = toDeal;
    }

    static HubSpotObject of(CrmRecord.Kind kind) {
        return switch (kind) {
            case NOTE -> NOTE;
            case TASK -> TASK;
            case EMAIL -> EMAIL;
        };
    }
}
