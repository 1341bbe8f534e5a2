package dev.followthrough.llm;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Always on: the settings, the prompts, the budget and the status exist with or without an LLM. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LlmProperties.class, BudgetProperties.class})
class LlmConfiguration {
}
