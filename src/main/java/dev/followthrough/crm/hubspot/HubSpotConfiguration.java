package dev.followthrough.crm.hubspot;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.http.CrmProperties;

/** The HubSpot gateway, only when {@code followthrough.crm.provider=hubspot}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "followthrough.crm.provider", havingValue = "hubspot")
public class HubSpotConfiguration {

    @Bean
    CrmGateway hubSpotGateway(CrmProperties properties) {
        if (properties.hubspot().token() == null || properties.hubspot().token().isBlank()) {
            throw new IllegalStateException("followthrough.crm.provider=hubspot but no token is set:"
                    + " export FOLLOWTHROUGH_CRM_HUBSPOT_TOKEN (a private app access token)");
        }
        return new HubSpotGateway(properties, Clock.systemUTC());
    }
}
