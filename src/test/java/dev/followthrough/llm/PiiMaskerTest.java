package dev.followthrough.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiMaskerTest {

    @Test
    void masksEmailsPhonesCardsAndAccountsAndRestoresThem() {
        PiiMasker m = new PiiMasker(true);
        String text = "Mail jo.lee+ops@acme.example or call (415) 555-0142 / +44 20 7946 0958. "
                + "Card 4111 1111 1111 1111, account number 12345678, IBAN GB33BUKB20201555555555.";
        String masked = m.mask(text);

        assertThat(masked).doesNotContain("jo.lee", "555-0142", "7946", "4111", "12345678", "GB33");
        assertThat(masked).contains("[EMAIL_1]", "[PHONE_1]", "[PHONE_2]", "[CARD_1]", "[ACCOUNT_1]", "[IBAN_1]");
        assertThat(m.restore(masked)).isEqualTo(text);
    }

    @Test
    void sameValueSameTokenAndOrdinaryNumbersStay() {
        PiiMasker m = new PiiMasker(true);
        String a = m.mask("ap@acme.example");
        String b = m.mask("cc ap@acme.example please");
        assertThat(b).isEqualTo("cc " + a + " please");
        String plain = "40 seats at $1,200 per seat, 15% off, order 1234567890123 on 2026-11-06 at 10:30";
        assertThat(m.mask(plain)).as("no Luhn, no phone shape, dates and prices kept").isEqualTo(plain);
    }

    @Test
    void disabledMaskerSendsTextAsIs() {
        PiiMasker m = new PiiMasker(false);
        assertThat(m.mask("ap@acme.example")).isEqualTo("ap@acme.example");
    }

    @Test
    void placeholdersTheMaskerNeverIssuedAreReported() {
        PiiMasker m = new PiiMasker(true);
        m.mask("ap@acme.example");
        assertThat(m.unknownTokens("write to [EMAIL_1] and [EMAIL_7]")).containsExactly("[EMAIL_7]");
    }
}
