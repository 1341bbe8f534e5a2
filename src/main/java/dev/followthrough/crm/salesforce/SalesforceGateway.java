package dev.followthrough.crm.salesforce;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.followthrough.crm.CrmException.Kind;
import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.CrmRecord;
import dev.followthrough.crm.CrmWriteResult;
import dev.followthrough.crm.http.CrmHttpClient;
import dev.followthrough.crm.http.CrmProperties;
import dev.followthrough.crm.http.TokenSource;
import okhttp3.HttpUrl;

/**
 * Writes outbox records to Salesforce as Tasks linked to the first attendee's Contact (WhoId) and to that
 * contact's account's open Opportunity (WhatId). Idempotent through upsert on an External ID field: docs/CRM.md.
 */
public final class SalesforceGateway implements CrmGateway {

    private static final Logger log = LoggerFactory.getLogger(SalesforceGateway.class);
    static final Duration USER_TTL = Duration.ofHours(1);

    private record CachedUser(Optional<String> id, Instant expires) {
    }

    private final SalesforceApi api;
    private final SalesforceTaskMapper mapper;
    private final CrmHttpClient http;
    private final String externalIdField;
    private final boolean requireContact;
    private final Clock clock;
    private final Map<String, CachedUser> users = new ConcurrentHashMap<>();

    SalesforceGateway(CrmProperties properties, Clock clock) {
        CrmProperties.Salesforce sf = properties.salesforce();
        HttpUrl instance = sf.instanceUrl() == null ? null : HttpUrl.parse(sf.instanceUrl());
        if (instance == null) {
            throw new IllegalArgumentException("followthrough.crm.salesforce.instance-url is not a URL: "
                    + sf.instanceUrl());
        }
        String version = sf.apiVersion().startsWith("v") ? sf.apiVersion() : "v" + sf.apiVersion();
        HttpUrl base = instance.newBuilder().addPathSegment("services").addPathSegment("data")
                .addPathSegment(version).build();
        TokenSource tokens = sf.usesClientCredentials()
                ? new SalesforceClientCredentials(instance, sf.clientId(), sf.clientSecret(), properties.timeouts())
                : TokenSource.fixed(sf.accessToken());
        this.http = new CrmHttpClient("Salesforce", tokens, properties.timeouts());
        this.api = new SalesforceApi(http, base, new SalesforceErrors(http, clock));
        this.mapper = new SalesforceTaskMapper(properties.timeZone());
        this.externalIdField = sf.externalIdField();
        this.requireContact = properties.requireContact();
        this.clock = clock;
    }

    @Override
    public String name() {
        return "salesforce";
    }

    @Override
    public CrmWriteResult write(CrmRecord record, String knownCrmId) {
        List<String> warnings = new ArrayList<>();
        List<String> emails = record.contactEmails().stream()
                .filter(e -> e != null && !e.isBlank()).map(e -> e.strip().toLowerCase(Locale.ROOT))
                .distinct().toList();
        SalesforceApi.Contact who = primaryContact(emails, warnings);
        String whatId = null;
        if (who != null && who.accountId() != null) {
            whatId = api.findOpenOpportunity(who.accountId()).orElse(null);
        }
        String ownerId = ownerId(record.ownerEmail(), warnings);

        String id;
        if (knownCrmId != null && !knownCrmId.isBlank()) {
            id = knownCrmId;
            api.updateTask(id, mapper.fields(record, idOf(who), whatId, ownerId, true));
        } else {
            id = api.upsertTask(externalIdField, record.externalId(),
                    mapper.fields(record, idOf(who), whatId, ownerId, false));
        }
        List<String> associated = new ArrayList<>();
        if (who != null) {
            associated.add(who.id());
        }
        if (whatId != null) {
            associated.add(whatId);
        }
        warnings.forEach(w -> log.warn("Salesforce Task {}: {}", record.externalId(), w));
        return new CrmWriteResult(id, associated, warnings);
    }

    /** A Task has one WhoId: the first attendee (in the record's order) who is a Contact. */
    private SalesforceApi.Contact primaryContact(List<String> emails, List<String> warnings) {
        Map<String, SalesforceApi.Contact> byEmail = new LinkedHashMap<>();
        if (!emails.isEmpty()) {
            for (SalesforceApi.Contact c : api.findContacts(emails)) {
                byEmail.putIfAbsent(c.email(), c);
            }
        }
        SalesforceApi.Contact who = emails.stream().map(byEmail::get).filter(c -> c != null).findFirst()
                .orElse(null);
        if (who == null) {
            if (requireContact) {
                throw http.failure(Kind.PERMANENT, (emails.isEmpty() ? "The record names no attendee email"
                        : "No Salesforce Contact has any of the attendee emails " + emails)
                        + "; create the contact (or set followthrough.crm.require-contact=false) and retry",
                        null, null, null);
            }
            warnings.add("no Salesforce Contact for " + emails + "; Task written without WhoId");
            return null;
        }
        List<String> missing = emails.stream().filter(e -> !byEmail.containsKey(e)).toList();
        if (!missing.isEmpty()) {
            warnings.add("no Salesforce Contact for " + missing);
        }
        List<String> unlinked = byEmail.keySet().stream().filter(e -> !e.equals(who.email())).toList();
        if (!unlinked.isEmpty()) {
            warnings.add("a Task has one WhoId; also on the call but not linked: " + unlinked);
        }
        return who;
    }

    private String ownerId(String email, List<String> warnings) {
        if (email == null || email.isBlank()) {
            warnings.add("no rep email on the record; the Task is owned by the API user");
            return null;
        }
        String key = email.strip().toLowerCase(Locale.ROOT);
        CachedUser cached = users.get(key);
        if (cached == null || clock.instant().isAfter(cached.expires())) {
            cached = new CachedUser(api.findActiveUserId(key), clock.instant().plus(USER_TTL));
            users.put(key, cached);
        }
        if (cached.id().isEmpty()) {
            warnings.add("no active Salesforce user with the rep's email " + key + "; owned by the API user");
        }
        return cached.id().orElse(null);
    }

    private static String idOf(SalesforceApi.Contact c) {
        return c == null ? null : c.id();
    }
}
