package dev.followthrough.crm.salesforce;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.http.CrmProperties;

/** The Salesforce gateway, only when {@code followthrough.crm.provider=salesforce}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "followthrough.crm.provider", havingValue = "salesforce")
public class SalesforceConfiguration {

    @Bean
    CrmGateway salesforceGateway(CrmProperties properties) {
        CrmProperties.Salesforce sf = properties.salesforce();
        boolean fixedToken = sf.accessToken() != null && !sf.accessToken().isBlank();
        if (sf.instanceUrl() == null || sf.instanceUrl().isBlank() || !(fixedToken || sf.usesClientCredentials())) {
            throw new IllegalStateException("followthrough.crm.provider=salesforce needs"
                    + " FOLLOWTHROUGH_CRM_SALESFORCE_INSTANCE_URL and either FOLLOWTHROUGH_CRM_SALESFORCE_CLIENT_ID +"
                    + " FOLLOWTHROUGH_CRM_SALESFORCE_CLIENT_SECRET (client-credentials flow, renewed automatically)"
                    + " or FOLLOWTHROUGH_CRM_SALESFORCE_ACCESS_TOKEN");
        }
        return new SalesforceGateway(properties, Clock.systemUTC());
    }
}
