package dev.followthrough.llm;

import static dev.followthrough.llm.LlmFixtures.call;
import static dev.followthrough.llm.LlmFixtures.context;
import static org.assertj.core.api.Assertions.assertThat;

import dev.followthrough.core.ActionItem;
import dev.followthrough.core.Draft;
import dev.followthrough.drafting.StyleProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputGuardTest {

    private static final StyleProfile STYLE = new StyleProfile("Dana Reyes", "Hi {name},",
            "Talk soon,\nDana Reyes\nNorthwind | 415 555 0199", 120, true, 0.4, List.of("happy to help"), 4);

    private static List<String> check(String body, ActionItem... items) {
        return OutputGuard.check(List.of(items), new Draft("Next steps for Acme Logistics", body), call(), context(), STYLE);
    }

    @Test
    void groundedDraftPasses() {
        assertThat(check("Hi Jordan,\n\nThanks for today. I'll send the quote for 40 seats by Friday and copy "
                + "ap@acme.example. You can reach me at 415 555 0199.\n\nTalk soon,\nDana Reyes")).isEmpty();
    }

    @Test
    void unknownAddressLinkNumberAndPeopleAreCaught() {
        List<String> problems = check("Hi Morgan,\n\nPlease pay via www.pay-now.io/acme or wire to 9912 3344 5566, "
                + "and loop in Priya Natarajan (priya@other.example).\n\nTalk soon,\nDana");
        assertThat(String.join("\n", problems)).contains("greets \"Morgan\"", "www.pay-now.io/acme", "9912 3344 5566",
                "Priya Natarajan", "priya@other.example");
    }

    @Test
    void ownerMustBeSomeoneFromTheCall() {
        assertThat(check("Hi Jordan,\n\nThanks.", new ActionItem("Jordan", "Start the review", null, null, List.of())))
                .isEmpty();
        assertThat(check("Hi Jordan,\n\nThanks.", new ActionItem("Olga Petrova", "Sign", null, null, List.of())))
                .singleElement().asString().contains("Olga Petrova");
    }
}
