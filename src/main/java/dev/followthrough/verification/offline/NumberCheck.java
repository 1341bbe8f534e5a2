package dev.followthrough.verification.offline;

import dev.followthrough.core.Severity;
import dev.followthrough.core.Utterance;
import dev.followthrough.text.QuantityMention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every amount, percentage and count in a claim must be said on the call, and said about the same thing:
 * "eight weeks" and "six weeks" are near-identical to an embedding model. A value is looked for first in the
 * utterances that speak to the claim, so that a "20%" said about something else does not vouch for it.
 */
final class NumberCheck implements ClaimCheck {

    private enum Category { MONEY, PERCENT, COUNT }

    @Override
    public List<Outcome> apply(Claim claim, CallEvidence call) {
        List<QuantityMention> mine = Mentions.quantities(claim.text(), Mentions.meetingDate(call));
        if (mine.isEmpty()) {
            return List.of();
        }
        List<Mentions.Located<QuantityMention>> said = Mentions.inCall(call, "quantities",
                t -> Mentions.quantities(t, Mentions.meetingDate(call)));
        Set<Utterance> relevant = relevant(claim, call);
        List<Outcome> out = new ArrayList<>();
        List<Mentions.Located<QuantityMention>> support = new ArrayList<>();
        for (QuantityMention q : mine) {
            if (notAFigure(q)) {
                continue;
            }
            String mismatch;
            Mentions.Located<QuantityMention> local = null;
            Mentions.Located<QuantityMention> anywhere = null;
            Mentions.Located<QuantityMention> rival = null;
            for (Mentions.Located<QuantityMention> s : said) {
                boolean near = relevant.contains(s.utterance());
                if (!compatible(q, s.mention())) {
                    // a figure in the hundreds or more is specific enough to match whatever noun follows it
                    // ("EUR 200k tender limit" for "two hundred thousand euros", "the 3600 monthly fee" for "$3,600")
                    if (q.value().compareTo(s.mention().value()) == 0
                            && q.value().abs().compareTo(BigDecimal.valueOf(100)) >= 0) {
                        if (near && local == null) {
                            local = s;
                        } else if (anywhere == null) {
                            anywhere = s;
                        }
                    }
                    continue;
                }
                if (same(q, s.mention())) {
                    if ((near || sameAnchor(claim.text(), q, s)) && local == null) {
                        local = s;
                    } else if (anywhere == null) {
                        anywhere = s;
                    }
                } else if (near && rival == null && sameKind(q, s.mention()) && aboutSameThing(q, s, claim.text())
                        && !correctedInReply(s, q, call)
                        && !(category(s.mention()) == Category.COUNT && s.mention().value().compareTo(BigDecimal.ONE) == 0)
                        && mine.stream().noneMatch(o -> o != q && same(o, s.mention()))) {
                    // a figure the claim itself gives to another of its parts ("two seasons ... net 45") is no rival
                    rival = s;
                }
            }
            if (local == null && anywhere == null) {
                local = durationInADate(q, call);
            }
            if (local == null && anywhere != null && rival != null) {
                // said on the call, in a turn about this part of the claim at least as much as the rival's turn is
                String around = around(SpokenNumbers.normalise(claim.text()), q);
                Set<String> terms = call.claimTerms(around);
                if (call.match(around, terms, anywhere.utterance().text(), call.stems(anywhere.utterance()))
                        >= call.match(around, terms, rival.utterance().text(), call.stems(rival.utterance())) - 0.05) {
                    local = anywhere;
                }
            }
            if (local != null) {
                support.add(local);
            } else if (anywhere != null && rival == null) {
                support.add(anywhere);
            } else if ((mismatch = wrongProduct(q, mine, claim.text())) != null && mismatch.isEmpty()) {
                continue; // the claim's own price times its own count, or a year of it
            } else if (mismatch != null) {
                out.add(Outcome.contradicted("number", Severity.HIGH, mismatch, CallEvidence.cite(call.search(claim.text(), 2), 2)));
            } else if (derived(q, mine, said, relevant, claim.text()) || identifier(claim.text(), q)
                    || versionSaid(q, call)
                    || percentSaidAsRatio(q, call) || remainderOfADiscount(q, claim.text(), said, relevant)
                    || totalOfOneTurn(q, said, relevant)
                    || ratioOfPercent(claim.text(), q, said)) {
                continue; // "six paid, since the first two of eight are free": arithmetic on what was said
            } else if (rival != null) {
                out.add(Outcome.contradicted("number", Severity.HIGH, "The call says \u201C" + rival.mention().surface()
                        + "\u201D, the draft says \u201C" + q.surface() + "\u201D.",
                        List.of(CallEvidence.cite(rival.utterance()))));
            } else {
                out.add(Outcome.unsupported("number", Severity.HIGH, "The call never mentions \u201C" + q.surface()
                        + "\u201D.", CallEvidence.cite(call.search(claim.text(), 2), 2)));
            }
        }
        if (out.isEmpty()) {
            List<dev.followthrough.core.Evidence> ev = support.stream().map(s -> CallEvidence.cite(s.utterance()))
                    .distinct().limit(3).toList();
            out.add(Outcome.supported("number", "Every figure is said on the call.", ev));
        }
        return out;
    }

    /**
     * A figure worked out from others: a sum or difference ("six paid, since two of the eight are free"), a product
     * ("420 endpoints at $44" is about $18.5k), a discount ("20% off $9" is $7.20), or a month-to-year conversion.
     * At least one operand must be in the claim itself, so that a stray pair of numbers on the call vouches for nothing.
     */
    private static boolean derived(QuantityMention q, List<QuantityMention> mine,
                                   List<Mentions.Located<QuantityMention>> said, Set<Utterance> relevant, String claim) {
        List<QuantityMention> own = new ArrayList<>();
        for (QuantityMention m : mine) {
            if (m != q) {
                own.add(m);
            }
        }
        List<QuantityMention> pool = new ArrayList<>(own);
        for (Mentions.Located<QuantityMention> s : said) {
            if (relevant.contains(s.utterance())) {
                pool.add(s.mention());
            }
        }
        if (claim.toLowerCase(Locale.ROOT).matches("(?s).*\\b(year|annual|annually|yearly|month|monthly)\\b.*")) {
            pool.add(new QuantityMention(0, 0, "12", BigDecimal.valueOf(12), ""));
        }
        BigDecimal v = q.value();
        for (QuantityMention a : own) {
            for (QuantityMention b : pool) {
                if (a == b || a.value().compareTo(b.value()) == 0) {
                    continue;
                }
                BigDecimal x = a.value();
                BigDecimal y = b.value();
                // sums of like things only: "seven restaurants" minus "two days" is not "five hours"
                if (category(q) == Category.COUNT && category(a) == Category.COUNT && category(b) == Category.COUNT
                        && unitsAgree(q, a) && unitsAgree(q, b)
                        && (x.add(y).compareTo(v) == 0 || x.subtract(y).abs().compareTo(v) == 0)) {
                    return true;
                }
                // "$1,600 per branch across fourteen branches, i.e. $22,400": the unit price from the total
                if (category(q) == Category.MONEY && category(b) == Category.MONEY && category(a) == Category.COUNT
                        && !bare(a) && close(v.multiply(x), y)
                        || category(q) == Category.MONEY && category(a) == Category.MONEY && category(b) == Category.COUNT
                        && !bare(b) && close(v.multiply(y), x)) {
                    return true;
                }
                if (category(q) == Category.MONEY && (close(x.multiply(y), v) || percentOff(a, b, v) || percentOff(b, a, v)
                        || shareOf(a, b, v) || shareOf(b, a, v))) {
                    return true;
                }
                // "$10,800 instead of $12,300" once the $1,500 fee drops: sums and differences of amounts
                if (category(q) == Category.MONEY && category(a) == Category.MONEY && category(b) == Category.MONEY
                        && (close(x.add(y), v) || close(x.subtract(y).abs(), v))) {
                    return true;
                }
            }
        }
        // "At that rate, the pilot would cost $1,400 a month": 40 sensors at $35, both said about this on the call.
        // Only a price times a counted noun, so that two stray figures do not vouch for a total.
        if (category(q) == Category.MONEY && v.abs().compareTo(BigDecimal.valueOf(100)) >= 0) {
            for (QuantityMention a : pool) {
                for (QuantityMention b : pool) {
                    if (category(a) == Category.MONEY && category(b) == Category.COUNT && !bare(b)
                            && !DURATIONS.contains(stem(b.unit())) && close(a.value().multiply(b.value()), v)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "two weeks from tomorrow" on the call is read as a date, so its "two weeks" is no quantity there; a draft
     * that says "within two weeks" repeats it.
     */
    private static Mentions.Located<QuantityMention> durationInADate(QuantityMention q, CallEvidence call) {
        if (bare(q) || !DURATIONS.contains(stem(q.unit()))) {
            return null;
        }
        List<Mentions.Located<QuantityMention>> spans = Mentions.inCall(call, "durations-in-dates",
                t -> Mentions.durationsInDates(t, Mentions.meetingDate(call)));
        for (Mentions.Located<QuantityMention> s : spans) {
            if (same(q, s.mention()) && stem(s.mention().unit()).equals(stem(q.unit()))) {
                return s;
            }
        }
        return null;
    }

    /** "You're at 840 pupils?" "860 now.": a figure asked about and put right in the answer is no rival of the answer's. */
    private static boolean correctedInReply(Mentions.Located<QuantityMention> s, QuantityMention q, CallEvidence call) {
        if (!s.utterance().text().strip().endsWith("?")) {
            return false;
        }
        Utterance reply = call.next(s.utterance());
        if (reply == null || reply.speaker() == null || reply.speaker().equals(s.utterance().speaker())) {
            return false;
        }
        return Mentions.quantities(reply.text(), Mentions.meetingDate(call)).stream().anyMatch(m -> same(q, m));
    }

    /** Six words either side of a figure: what a long claim says about that figure. */
    private static String around(String text, QuantityMention q) {
        int from = Math.max(0, Math.min(q.start(), text.length()));
        int to = Math.max(from, Math.min(q.end(), text.length()));
        String[] before = text.substring(0, from).split("\\s+");
        String[] after = text.substring(to).split("\\s+");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, before.length - 6); i < before.length; i++) {
            b.append(before[i]).append(' ');
        }
        b.append(text, from, to);
        for (int i = 0; i < Math.min(7, after.length); i++) {
            b.append(' ').append(after[i]);
        }
        return b.toString().strip();
    }

    private static final java.util.regex.Pattern LAST_WORD = java.util.regex.Pattern.compile("([\\p{L}]{3,})\\W*$");

    /** "net 45" and "net forty-five": a bare figure after the same word is the same figure, wherever it was said. */
    private static boolean sameAnchor(String claim, QuantityMention q, Mentions.Located<QuantityMention> s) {
        if (!bare(q)) {
            return false;
        }
        String mine = anchor(SpokenNumbers.normalise(claim), q.start());
        return mine != null && mine.equals(anchor(SpokenNumbers.normalise(s.utterance().text()), s.mention().start()));
    }

    private static String anchor(String text, int start) {
        java.util.regex.Matcher m = LAST_WORD.matcher(text.substring(0, Math.max(0, Math.min(start, text.length()))));
        if (!m.find()) {
            return null;
        }
        String w = m.group(1).toLowerCase(Locale.ROOT);
        return Terms.content(w).isEmpty() ? null : w;
    }

    private static final java.util.regex.Pattern PER = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:a|an|per|each|/)\\s*(?!(?:month|year|week|day|quarter|season|mo|yr)\\b)[\\p{L}-]+|^\\s*apiece");

    /**
     * "At $180 a clinic, your five locations come to $720": a total the claim works out itself from a unit price and a
     * count written right before it must be their product (or a year of it); said nowhere on the call, a wrong
     * product is the summariser's arithmetic, not the customer's figure. Returns the reason when it is wrong, an
     * empty string when it is right, and {@code null} when the claim gives no price and count for it.
     */
    private static String wrongProduct(QuantityMention q, List<QuantityMention> mine, String claim) {
        if (category(q) != Category.MONEY) {
            return null;
        }
        String text = SpokenNumbers.normalise(claim);
        QuantityMention price = null;
        QuantityMention count = null;
        for (QuantityMention m : mine) {
            if (m == q || m.end() > q.start() || q.start() - m.end() > 90) {
                continue; // only what comes before the total, in the same stretch of text
            }
            if (category(m) == Category.MONEY && m.value().compareTo(q.value()) < 0 && m.end() <= text.length()
                    && PER.matcher(text.substring(m.end())).find()) {
                price = m;
            } else if (category(m) == Category.COUNT && !bare(m) && m.value().compareTo(BigDecimal.ONE) > 0
                    && !DURATIONS.contains(stem(m.unit()))) {
                count = m;
            } else if (category(m) == Category.COUNT && bare(m) && m.value().compareTo(BigDecimal.ONE) > 0) {
                count = null; // "only about 210 would be new": a bare figure nearer the total than any counted noun
            }
        }
        if (price == null || count == null) {
            return null;
        }
        int from = Math.max(price.end(), count.end());
        if (mine.stream().anyMatch(m -> m != q && category(m) == Category.MONEY && m.start() >= from && m.end() <= q.start())) {
            return null; // "$140 a month, or $175 if a fifth joins": only the first total is the product of the two
        }
        BigDecimal product = price.value().multiply(count.value());
        BigDecimal twelve = BigDecimal.valueOf(12);
        if (close(product, q.value()) || close(product.multiply(twelve), q.value())
                || close(product, q.value().multiply(twelve))) {
            return "";
        }
        String c = count.surface().strip();
        return Character.toUpperCase(c.charAt(0)) + c.substring(1) + " at " + price.surface().strip().replaceFirst("\\s+\\S+$", "") + " is "
                + money(product) + ", not " + q.surface().strip() + ".";
    }

    private static String money(BigDecimal v) {
        return "$" + String.format(Locale.ROOT, "%,.2f", v).replace(".00", "");
    }

    /** Durations add up only with durations of the same unit; other counts are not checked this finely. */
    private static boolean unitsAgree(QuantityMention a, QuantityMention b) {
        boolean da = !bare(a) && DURATIONS.contains(stem(a.unit()));
        boolean db = !bare(b) && DURATIONS.contains(stem(b.unit()));
        return !da && !db || da && db && stem(a.unit()).equals(stem(b.unit()));
    }

    private static final Set<String> DURATIONS = Set.of("minute", "hour", "day", "week", "month", "year");

    /** "25% credit, $900 off $3,600": the base a share was taken of, or the share itself. */
    private static boolean shareOf(QuantityMention amount, QuantityMention pct, BigDecimal v) {
        if (category(pct) != Category.PERCENT || pct.value().signum() == 0) {
            return false;
        }
        BigDecimal f = pct.value().movePointLeft(2);
        return close(v.multiply(f), amount.value()) || close(amount.value().multiply(f), v);
    }

    private static boolean percentOff(QuantityMention base, QuantityMention pct, BigDecimal v) {
        if (category(pct) != Category.PERCENT) {
            return false;
        }
        BigDecimal f = pct.value().movePointLeft(2);
        return close(base.value().multiply(BigDecimal.ONE.subtract(f)), v) || close(base.value().multiply(BigDecimal.ONE.add(f)), v);
    }

    /** Equal within 1.5%, because "about $18.5k" rounds 18,480. */
    private static boolean close(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            return a.signum() == 0;
        }
        return a.subtract(b).abs().doubleValue() <= 0.015 * b.abs().doubleValue();
    }

    /** The utterances that speak to the claim: the retrieved ones, and those sharing two of its content words. */
    static Set<Utterance> relevant(Claim claim, CallEvidence call) {
        Set<Utterance> out = new HashSet<>();
        for (CallIndex.Hit h : call.search(claim.text(), 6)) {
            out.add(h.utterance());
        }
        Set<String> terms = call.claimTerms(claim.text());
        for (Utterance u : call.transcript().utterances()) {
            Set<String> ut = call.stems(u);
            int shared = 0;
            for (String t : terms) {
                if (ut.contains(t) && !t.chars().allMatch(Character::isDigit)) {
                    shared++;
                }
            }
            if (shared >= 2 || shared >= 1 && terms.size() <= 2) {
                out.add(u);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern ONE_IN = java.util.regex.Pattern.compile(
            "(?i)\\b(?:one|1|a)\\s+(?:[\\p{L}-]+\\s+)?(?:in|out of|of)\\s*$");

    /** "one in twenty" (or "one room in ten") is a percentage written as a ratio: 5% on the call. */
    private static boolean ratioOfPercent(String text, QuantityMention q, List<Mentions.Located<QuantityMention>> said) {
        String before = text.substring(0, Math.max(0, Math.min(q.start(), text.length())));
        if (q.value().signum() <= 0 || !ONE_IN.matcher(before).find()) {
            return false;
        }
        double pct = 100.0 / q.value().doubleValue();
        for (Mentions.Located<QuantityMention> s : said) {
            if (category(s.mention()) == Category.PERCENT && Math.abs(s.mention().value().doubleValue() - pct) <= 0.1 * pct) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern RATIO = java.util.regex.Pattern.compile(
            "(?i)\\b(?:one|1|a)\\s+(?:[\\p{L}-]+\\s+)?(?:in|out of)\\s+(\\d+|two|three|four|five|six|seven|eight|nine|ten|"
            + "twenty|fifty|a hundred)\\b");

    /** "20%" in the draft for "one in five" on the call. */
    private static boolean percentSaidAsRatio(QuantityMention q, CallEvidence call) {
        if (category(q) != Category.PERCENT || q.value().signum() <= 0) {
            return false;
        }
        for (Utterance u : call.transcript().utterances()) {
            java.util.regex.Matcher m = RATIO.matcher(SpokenNumbers.digits(u.text()));
            while (m.find()) {
                String n = m.group(1).toLowerCase(Locale.ROOT);
                double d = n.equals("a hundred") ? 100 : Double.parseDouble(n.replaceAll("[^0-9]", "").isEmpty() ? "0" : n);
                if (d > 0 && Math.abs(100.0 / d - q.value().doubleValue()) <= 0.05 * q.value().doubleValue()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "pay seventy percent of the fare" after "thirty percent off": what is left of a discount said on the call. */
    private static boolean remainderOfADiscount(QuantityMention q, String claim, List<Mentions.Located<QuantityMention>> said,
                                                Set<Utterance> relevant) {
        if (category(q) != Category.PERCENT || !PERCENT_OF.matcher(claim.substring(Math.min(q.end(), claim.length()))).lookingAt()) {
            return false;
        }
        BigDecimal rest = BigDecimal.valueOf(100).subtract(q.value());
        for (Mentions.Located<QuantityMention> s : said) {
            if (relevant.contains(s.utterance()) && category(s.mention()) == Category.PERCENT
                    && s.mention().value().compareTo(rest) == 0 && DISCOUNT.matcher(s.utterance().text()).find()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern PERCENT_OF = java.util.regex.Pattern.compile("(?i)\\s*(?:%|percent|per cent)?\\s*of\\b");
    private static final java.util.regex.Pattern DISCOUNT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:off|discount\\w*|less|cheaper|reduc\\w*|rebate)\\b");

    /**
     * "sixty car spaces" where one turn said "the Isla takes thirty-six cars, the Sulaire twenty-four": the sum of
     * two like counts said together. Only within one turn, so that two stray counts of a call vouch for nothing.
     */
    private static boolean totalOfOneTurn(QuantityMention q, List<Mentions.Located<QuantityMention>> said,
                                          Set<Utterance> relevant) {
        if (category(q) != Category.COUNT || bare(q)) {
            return false;
        }
        for (int i = 0; i < said.size(); i++) {
            Mentions.Located<QuantityMention> a = said.get(i);
            if (!relevant.contains(a.utterance()) || category(a.mention()) != Category.COUNT) {
                continue;
            }
            for (int j = i + 1; j < said.size(); j++) {
                Mentions.Located<QuantityMention> b = said.get(j);
                if (b.utterance() == a.utterance() && category(b.mention()) == Category.COUNT
                        && unitsAgree(q, a.mention()) && unitsAgree(q, b.mention())
                        && (sameUnit(q, a.mention()) || sameUnit(q, b.mention()))
                        && a.mention().value().add(b.mention().value()).compareTo(q.value()) == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameUnit(QuantityMention a, QuantityMention b) {
        return !bare(a) && !bare(b) && stem(a.unit()).equals(stem(b.unit()));
    }

    private static final Set<String> FRACTIONS = Set.of("half", "halve", "third", "quarter", "fifth", "tenth");
    /** "under three headings", "in two sections": the email's own layout, not something said on the call. */
    private static final Set<String> LAYOUT = Set.of("head", "heading", "section", "bullet", "paragraph");

    /**
     * Not a figure to look for on the call: "two thirds" (a share, worked out), "in one email" (an article, not a
     * count), "2027" (a year, which the date check reads), "three headings" (the draft's own layout).
     */
    private static boolean notAFigure(QuantityMention q) {
        if (!bare(q) && (FRACTIONS.contains(stem(q.unit())) || LAYOUT.contains(stem(q.unit())))) {
            return true;
        }
        if (category(q) == Category.COUNT && q.value().compareTo(BigDecimal.ONE) == 0) {
            return true;
        }
        return bare(q) && q.value().scale() <= 0 && q.value().compareTo(BigDecimal.valueOf(1990)) >= 0
                && q.value().compareTo(BigDecimal.valueOf(2100)) <= 0;
    }

    /** "4.12" or "8.4" where the call said "version four point twelve": a release, named the same way, not a figure. */
    private static boolean versionSaid(QuantityMention q, CallEvidence call) {
        if (!bare(q) || q.value().scale() < 1) {
            return false;
        }
        String number = java.util.regex.Pattern.quote(q.value().toPlainString());
        String calls = call.memo("digits-text", () -> SpokenNumbers.normalise(call.fullTextLower()));
        return java.util.regex.Pattern.compile("(?i)\\b(?:version|release|v|build|update)\\s*" + number + "(?![\\d.]*\\d)")
                .matcher(calls).find();
    }

    /** "ticket 48213", "order #1042": a reference number, read out digit by digit on calls, not a figure. */
    private static boolean identifier(String text, QuantityMention q) {
        String before = text.substring(0, Math.max(0, Math.min(q.start(), text.length()))).toLowerCase(Locale.ROOT);
        return before.matches("(?s).*\\b(ticket|case|order|invoice|po|ref|reference|id|account|number|no\\.|#)\\s*#?\\s*$");
    }

    private static boolean same(QuantityMention a, QuantityMention b) {
        if (a.value().compareTo(b.value()) == 0) {
            return true;
        }
        // "plus thirty" on a call is thirty cents when the draft writes $0.30
        return spokenCents(a, b) || spokenCents(b, a) || pricePair(a, b) || pricePair(b, a) || inMonths(a).compareTo(inMonths(b)) == 0 && inMonths(a).signum() > 0
                || inHours(a).compareTo(inHours(b)) == 0 && inHours(a).signum() > 0;
    }

    /** "48 hours" and "two days", "a fortnight" and "14 days": one duration in hours; zero when not a duration. */
    private static BigDecimal inHours(QuantityMention q) {
        String u = bare(q) ? "" : stem(q.unit());
        long factor = switch (u) {
            case "minute" -> 0; // below an hour the arithmetic is not worth the risk of a false match
            case "hour" -> 1;
            case "day" -> 24;
            case "week" -> 168;
            default -> -1;
        };
        return factor <= 0 ? BigDecimal.ZERO : q.value().multiply(BigDecimal.valueOf(factor));
    }

    /** "two years" and "twenty-four months" are one duration; anything else is not a duration (zero). */
    private static BigDecimal inMonths(QuantityMention q) {
        String u = bare(q) ? "" : stem(q.unit());
        return u.equals("year") ? q.value().multiply(BigDecimal.valueOf(12)) : u.equals("month") ? q.value() : BigDecimal.ZERO;
    }

    /**
     * "four fifty per door" is read as 450 (SpokenNumbers.PRICE), which is also $4.50: a price with cents in the
     * draft matches the call's figure a hundred times larger when that figure is a price too, or carries no unit.
     */
    private static boolean pricePair(QuantityMention cents, QuantityMention said) {
        return category(cents) == Category.MONEY && cents.value().stripTrailingZeros().scale() > 0
                && cents.value().compareTo(BigDecimal.valueOf(100)) < 0 && cents.value().signum() > 0
                && (bare(said) || category(said) == Category.MONEY)
                && cents.value().movePointRight(2).compareTo(said.value()) == 0;
    }

    private static boolean spokenCents(QuantityMention money, QuantityMention bareCount) {
        return category(money) == Category.MONEY && bare(bareCount) && money.value().abs().compareTo(BigDecimal.ONE) < 0
                && money.value().movePointRight(2).compareTo(bareCount.value()) == 0;
    }

    private static Category category(QuantityMention q) {
        String u = q.unit() == null ? "" : q.unit();
        if (u.equals("%")) {
            return Category.PERCENT;
        }
        if (u.equals("USD") || u.equals("EUR") || u.equals("GBP")) {
            return Category.MONEY;
        }
        return Category.COUNT;
    }

    /** Could the two be the same figure? A bare number could be anything; money is never a percentage. */
    private static boolean compatible(QuantityMention a, QuantityMention b) {
        Category ca = category(a);
        Category cb = category(b);
        return ca == cb || ca == Category.COUNT && bare(a) || cb == Category.COUNT && bare(b);
    }

    /** Two different values contradict only when they measure the same kind of thing. */
    private static boolean sameKind(QuantityMention a, QuantityMention b) {
        Category ca = category(a);
        if (ca != category(b)) {
            return bare(a) && bare(b);
        }
        if (ca != Category.COUNT || bare(a) || bare(b)) {
            return ca != Category.COUNT || magnitude(a.value()) == magnitude(b.value());
        }
        return stem(a.unit()).equals(stem(b.unit()));
    }

    /** A bare "three" on the call rivals "9 business days" only when it is said about business days too. */
    private static boolean aboutSameThing(QuantityMention q, Mentions.Located<QuantityMention> s, String claim) {
        if (bare(q) == bare(s.mention())) {
            return true;
        }
        String unit = stem(bare(q) ? s.mention().unit() : q.unit());
        String where = (bare(q) ? claim : s.utterance().text()).toLowerCase(Locale.ROOT);
        return unit.length() > 2 && where.contains(unit.length() > 4 ? unit.substring(0, unit.length() - 1) : unit);
    }

    private static int magnitude(BigDecimal v) {
        return v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 2 : v.abs().compareTo(BigDecimal.valueOf(100)) >= 0 ? 1 : 0;
    }

    private static boolean bare(QuantityMention q) {
        return q.unit() == null || q.unit().isEmpty();
    }

    private static String stem(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).replaceFirst("\\.$", "");
        u = u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
        // "1-yr", "3 mo", "2 wks", "48 hrs": the short forms people type
        return switch (u) {
            case "yr", "y" -> "year";
            case "mo", "mth", "mon" -> "month";
            case "wk", "w" -> "week";
            case "hr", "h" -> "hour";
            case "min" -> "minute";
            case "d" -> "day";
            default -> u;
        };
    }
}
