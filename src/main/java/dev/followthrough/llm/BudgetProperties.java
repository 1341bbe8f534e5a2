package dev.followthrough.llm;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spending ceilings of the LLM engine ({@code followthrough.budget.*}); 0 means no ceiling.
 *
 * @param perRunUsd most one batch run may spend on LLM calls
 * @param perDayUsd most all runs together may spend in one UTC day
 */
@ConfigurationProperties("followthrough.budget")
public record BudgetProperties(@DefaultValue("1.00") BigDecimal perRunUsd, @DefaultValue("5.00") BigDecimal perDayUsd) {
}
