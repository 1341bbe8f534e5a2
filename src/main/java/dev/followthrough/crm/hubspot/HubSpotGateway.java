package dev.followthrough.crm.hubspot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.followthrough.crm.CrmException;
import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmProperties;
import okhttp3.HttpUrl;

/**
 * Writes outbox records to HubSpot as notes, tasks and logged emails, associated with the attendees' contacts and
 * with their company and open deal. Idempotent on {@link CrmRecord#externalId()}: see docs/CRM.md.
 */
public final class HubSpotGateway implements CrmGateway {

    private static final Logger log = LoggerFactory.getLogger(HubSpotGateway.class);
    /** Owners change rarely; an hour keeps a re-run of a whole call's records to one owner lookup. */
    static final Duration OWNER_TTL = Duration.ofHours(1);

    private record CachedOwner(Optional<String> id, Instant expires) {
    }

    private final HubSpotApi api;
    private final HubSpotRecordMapper mapper;
    private final CrmHttpClient http;
    private final String uniqueProperty;
    private final Set<String> upsertObjects;
    private final boolean requireContact;
    private final Clock clock;
    private final Map<String, CachedOwner> owners = new ConcurrentHashMap<>();

    HubSpotGateway(CrmProperties properties, Clock clock) {
        CrmProperties.HubSpot hs = properties.hubspot();
        HttpUrl base = HttpUrl.parse(hs.baseUrl());
        if (base == null) {
            throw new IllegalArgumentException("followthrough.crm.hubspot.base-url is not a URL: " + hs.baseUrl());
        }
        this.http = new CrmHttpClient("HubSpot", hs.token(), properties.timeouts());
        this.api = new HubSpotApi(http, base, new HubSpotErrors(http, clock, properties.timeZone()));
        this.mapper = new HubSpotRecordMapper(hs.uniqueProperty(), properties.timeZone());
        this.uniqueProperty = hs.uniqueProperty();
        this.upsertObjects = hs.upsertObjects();
        this.requireContact = properties.requireContact();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "hubspot";
    }

    @Override
    public CrmWriteResult write(CrmRecord record, String knownCrmId) {
        HubSpotObject obj = HubSpotObject.of(record.kind());
        List<String> warnings = new ArrayList<>();
        Targets targets = findTargets(record, warnings);
        String ownerId = ownerId(record.ownerEmail(), warnings);

        String id;
        if (knownCrmId != null && !knownCrmId.isBlank()) {
            id = knownCrmId;
            api.update(obj, id, mapper.properties(record, ownerId, true));
        } else if (upsertObjects.contains(obj.path)) {
            id = api.upsert(obj, uniqueProperty, record.externalId(), mapper.properties(record, ownerId, false));
        } else {
            // No unique property on this object: search for our id first. Search lags writes by seconds, so this
            // is weaker than upsert; the outbox's ledger is what prevents most repeats (docs/CRM.md).
            Optional<String> existing = api.findByProperty(obj, uniqueProperty, record.externalId());
            if (existing.isPresent()) {
                id = existing.get();
                api.update(obj, id, mapper.properties(record, ownerId, true));
            } else {
                id = api.create(obj, mapper.properties(record, ownerId, false));
            }
        }
        List<String> associated = associate(obj, id, targets, warnings);
        warnings.forEach(w -> log.warn("HubSpot {} {}: {}", obj.path, record.externalId(), w));
        return new CrmWriteResult(id, associated, warnings);
    }

    private record Targets(List<String> contactIds, List<String> companyIds, String dealId) {
    }

    private Targets findTargets(CrmRecord record, List<String> warnings) {
        List<String> emails = record.contactEmails().stream()
                .filter(e -> e != null && !e.isBlank()).map(e -> e.strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        List<HubSpotApi.Contact> contacts = emails.isEmpty() ? List.of() : api.findContacts(emails);
        Set<String> contactIds = new LinkedHashSet<>();
        Set<String> companyIds = new LinkedHashSet<>();
        Set<String> matched = new LinkedHashSet<>();
        for (HubSpotApi.Contact c : contacts) {
            contactIds.add(c.id());
            matched.add(c.email());
            if (c.companyId() != null) {
                companyIds.add(c.companyId());
            }
        }
        List<String> missing = emails.stream().filter(e -> !matched.contains(e)).toList();
        if (contactIds.isEmpty() && requireContact) {
            throw http.failure(Kind.PERMANENT, (emails.isEmpty() ? "The record names no attendee email"
                        : "No HubSpot contact has any of the attendee emails " + emails)
                    + "; create the contact (or set followthrough.crm.require-contact=false) and retry",
                    null, null, null);
        }
        if (!missing.isEmpty()) {
            warnings.add("no HubSpot contact for " + missing + "; not associated with them");
        } else if (emails.isEmpty()) {
            warnings.add("the record names no attendee email; written without contact associations");
        }
        String dealId = null;
        if (!contactIds.isEmpty()) {
            try {
                dealId = api.findOpenDeal(List.copyOf(contactIds)).orElse(null);
            } catch (CrmException e) {
                // The deal is a nicety: a rejected search must not stop the record, a limit or outage must.
                if (e.kind() != Kind.PERMANENT) {
                    throw e;
                }
                warnings.add("open-deal lookup failed, not associated with a deal: " + e.getMessage());
            }
        }
        return new Targets(List.copyOf(contactIds), List.copyOf(companyIds), dealId);
    }

    private String ownerId(String email, List<String> warnings) {
        if (email == null || email.isBlank()) {
            warnings.add("no rep email on the record; HubSpot owner left unset");
            return null;
        }
        String key = email.strip().toLowerCase(Locale.ROOT);
        CachedOwner cached = owners.get(key);
        if (cached == null || clock.instant().isAfter(cached.expires())) {
            cached = new CachedOwner(api.findOwnerId(key), clock.instant().plus(OWNER_TTL));
            owners.put(key, cached);
        }
        if (cached.id().isEmpty()) {
            warnings.add("no HubSpot user with the rep's email " + key + "; owner left unset");
        }
        return cached.id().orElse(null);
    }

    private List<String> associate(HubSpotObject obj, String id, Targets t, List<String> warnings) {
        List<String> associated = new ArrayList<>();
        link(obj, id, "contacts", t.contactIds(), obj.toContact, "contact:", associated, warnings);
        link(obj, id, "companies", t.companyIds(), obj.toCompany, "company:", associated, warnings);
        link(obj, id, "deals", t.dealId() == null ? List.of() : List.of(t.dealId()), obj.toDeal, "deal:",
                associated, warnings);
        return associated;
    }

    private void link(HubSpotObject obj, String id, String toType, List<String> toIds, int typeId, String prefix,
                      List<String> associated, List<String> warnings) {
        if (toIds.isEmpty()) {
            return;
        }
        List<String> problems = api.associate(obj, id, toType, toIds, typeId);
        if (problems.isEmpty()) {
            toIds.forEach(to -> associated.add(prefix + to));
        } else {
            warnings.add("some " + toType + " associations failed: " + String.join("; ", problems));
        }
    }
}
