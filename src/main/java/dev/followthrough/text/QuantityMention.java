package dev.followthrough.text;

import java.math.BigDecimal;

/**
 * A number said in text.
 *
 * @param start   offset of the first character of {@code surface}
 * @param end     offset just past the last character
 * @param surface the words as written ("$40k", "three licenses")
 * @param value   the number, multipliers applied ("1.2 million" is 1200000)
 * @param unit    "%", a currency code ("USD", "EUR", "GBP"), the counted noun in lower case ("seats"), or "" when bare
 */
public record QuantityMention(int start, int end, String surface, BigDecimal value, String unit) {
}
