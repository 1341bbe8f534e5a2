package dev.followthrough.verification.offline;

import dev.followthrough.core.Participant;
import dev.followthrough.core.Severity;
import dev.followthrough.text.InjectionSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that tries to steer a model ("ignore previous instructions...") and contact details nobody gave: an email
 * address, link or phone number in a follow-up that is not in the call or its attendee list is how a poisoned
 * transcript would exfiltrate or redirect.
 */
final class ContactCheck implements ClaimCheck {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s)>\\]]+");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w$€£])\\+?\\(?\\d[\\d\\s().-]{8,}\\d(?![\\w%])");

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        List<Outcome> out = new ArrayList<>();
        String text = claim.text();
        if (InjectionSignals.looksLikeInstruction(text)) {
            out.add(Outcome.unsupported("injection", Severity.HIGH, "This reads like an instruction to an AI, not"
                    + " something said on the call.", List.of()));
        }
        String said = call.fullTextLower();
        String known = knownContacts(call);
        for (String email : found(EMAIL, text)) {
            String e = email.toLowerCase(Locale.ROOT);
            if (!said.contains(e) && !known.contains(e)) {
                out.add(Outcome.unsupported("injection", Severity.HIGH, "The address " + email
                        + " is not in the call or among the attendees.", List.of()));
            }
        }
        for (String url : found(URL, text)) {
            String u = url.toLowerCase(Locale.ROOT).replaceAll("[.,;:!?]+$", "");
            String bare = u.replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
            if (!said.contains(bare)) {
                out.add(Outcome.unsupported("injection", Severity.HIGH, "The link " + url
                        + " was not given on the call.", List.of()));
            }
        }
        String saidDigits = said.replaceAll("[^0-9\n]", "");
        for (String phone : found(PHONE, text)) {
            String digits = phone.replaceAll("\\D", "");
            if (digits.length() >= 7 && !saidDigits.contains(digits)) {
                out.add(Outcome.unsupported("injection", Severity.HIGH, "The number " + phone.strip()
                        + " was not given on the call.", List.of()));
            }
        }
        return out;
    }

    private static String knownContacts(CallEvidence call) {
        StringBuilder b = new StringBuilder();
        if (call.context() != null) {
            b.append(call.context().repEmail()).append(' ');
            for (Participant p : call.context().participants()) {
                b.append(p.email()).append(' ');
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> found(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
