package dev.followthrough.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {

    private static QuantityMention only(String text) {
        List<QuantityMention> all = Quantities.find(text);
        assertThat(all).as("quantities in '%s'", text).hasSize(1);
        return all.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the budget is $40k                 | 40000    | USD
            about 40 thousand dollars          | 40000    | USD
            $1.2M a year                       | 1200000  | USD
            €15,000 per year                   | 15000    | EUR
            £300 a month                       | 300      | GBP
            twenty five thousand euros         | 25000    | EUR
            a discount of 15%                  | 15       | %
            twelve percent off                 | 12       | %
            we need 50 seats                   | 50       | seats
            three licenses                     | 3        | licenses
            fifty more seats                   | 50       | seats
            two hundred and fifty users        | 250      | users
            1.2 million                        | 1200000  | ''
            roughly 1,500                      | 1500     | ''
            ninety-nine                        | 99       | ''
            one license                        | 1        | license
            """)
    void normalisesValueAndUnit(String text, BigDecimal value, String unit) {
        QuantityMention q = only(text);
        assertThat(q.value()).as(text).isEqualByComparingTo(value);
        assertThat(q.unit()).as(text).isEqualTo(unit);
        assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the one we saw last week
            see you on December 3rd
            on 2026-12-03 at 10:30
            by 12/03
            one of them
            """)
    void datesTimesAndPronounsAreNotQuantities(String text) {
        assertThat(Quantities.find(text)).as(text).isEmpty();
    }

    @Test
    void findsSeveralInOrder() {
        List<QuantityMention> all = Quantities.find("So 50 seats at $40 each, that's $2,000 a month, minus 10%.");
        assertThat(all).extracting(QuantityMention::unit).containsExactly("seats", "USD", "USD", "%");
        assertThat(all.get(2).value()).isEqualByComparingTo("2000");
    }

    @Test
    void numbersSaidTwiceDifferentlyCompareEqual() {
        BigDecimal a = only("forty thousand dollars").value();
        BigDecimal b = only("$40k").value();
        assertThat(a).isEqualByComparingTo(b);
    }
}
