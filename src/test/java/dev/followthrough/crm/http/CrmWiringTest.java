package dev.followthrough.crm.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import dev.followthrough.crm.CrmGateway;
import dev.followthrough.crm.hubspot.HubSpotConfiguration;
import dev.followthrough.crm.hubspot.HubSpotGateway;
import dev.followthrough.crm.salesforce.SalesforceConfiguration;
import dev.followthrough.crm.salesforce.SalesforceGateway;

class CrmWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CrmProperties.class)
    static class Props {
    }

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Props.class, HubSpotConfiguration.class, SalesforceConfiguration.class);

    @Test
    void noProviderMeansNoGateway() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed().doesNotHaveBean(CrmGateway.class);
            assertThat(ctx.getBean(CrmProperties.class).provider()).isEqualTo(CrmProperties.Provider.NONE);
        });
        runner.withPropertyValues("followthrough.crm.provider=none", "followthrough.crm.hubspot.token=x")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(CrmGateway.class));
    }

    @Test
    void hubspotProviderMakesExactlyOneHubSpotGateway() {
        runner.withPropertyValues("followthrough.crm.provider=hubspot", "followthrough.crm.hubspot.token=pat-1234")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(CrmGateway.class);
                    assertThat(ctx.getBean(CrmGateway.class)).isInstanceOf(HubSpotGateway.class);
                    assertThat(ctx.getBean(CrmGateway.class).name()).isEqualTo("hubspot");
                });
    }

    @Test
    void salesforceProviderMakesExactlyOneSalesforceGateway() {
        runner.withPropertyValues("followthrough.crm.provider=salesforce",
                        "followthrough.crm.salesforce.instance-url=https://acme.my.salesforce.example",
                        "followthrough.crm.salesforce.access-token=00Dxx!token")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(CrmGateway.class);
                    assertThat(ctx.getBean(CrmGateway.class)).isInstanceOf(SalesforceGateway.class);
                });
    }

    @Test
    void salesforceClientCredentialsAreEnoughWithoutAnAccessToken() {
        runner.withPropertyValues("followthrough.crm.provider=salesforce",
                        "followthrough.crm.salesforce.instance-url=https://acme.my.salesforce.example",
                        "followthrough.crm.salesforce.client-id=3MVG9key",
                        "followthrough.crm.salesforce.client-secret=s3cret")
                .run(ctx -> assertThat(ctx).hasSingleBean(SalesforceGateway.class));
    }

    @Test
    void aProviderWithoutItsTokenFailsAtStartupNamingTheVariable() {
        runner.withPropertyValues("followthrough.crm.provider=hubspot").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("FOLLOWTHROUGH_CRM_HUBSPOT_TOKEN"));
        runner.withPropertyValues("followthrough.crm.provider=salesforce").run(ctx -> assertThat(ctx).hasFailed()
                .getFailure().rootCause().hasMessageContaining("FOLLOWTHROUGH_CRM_SALESFORCE_ACCESS_TOKEN"));
    }

    @Test
    void defaultsAndEnvironmentVariablesBind() {
        SystemEnvironmentPropertySource env = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "FOLLOWTHROUGH_CRM_PROVIDER", "salesforce",
                "FOLLOWTHROUGH_CRM_HUBSPOT_TOKEN", "pat-na1-from-env",
                "FOLLOWTHROUGH_CRM_SALESFORCE_ACCESS_TOKEN", "00D!from-env",
                "FOLLOWTHROUGH_CRM_SALESFORCE_INSTANCE_URL", "https://acme.my.salesforce.example",
                "FOLLOWTHROUGH_CRM_SALESFORCE_CLIENT_SECRET", "consumer-secret-from-env",
                "FOLLOWTHROUGH_CRM_TIME_ZONE", "Europe/Berlin",
                "FOLLOWTHROUGH_CRM_TIMEOUTS_READ", "15s"));
        CrmProperties p = new Binder(ConfigurationPropertySources.from(env))
                .bindOrCreate("followthrough.crm", CrmProperties.class);

        assertThat(p.provider()).isEqualTo(CrmProperties.Provider.SALESFORCE);
        assertThat(p.hubspot().token()).isEqualTo("pat-na1-from-env");
        assertThat(p.salesforce().accessToken()).isEqualTo("00D!from-env");
        assertThat(p.timeZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(p.timeouts().read()).isEqualTo(Duration.ofSeconds(15));
        assertThat(p.timeouts().connect()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.requireContact()).isTrue();
        assertThat(p.hubspot().baseUrl()).isEqualTo("https://api.hubapi.com");
        assertThat(p.hubspot().uniqueProperty()).isEqualTo("followthrough_id");
        assertThat(p.hubspot().upsertObjects()).containsExactlyInAnyOrder("notes", "tasks", "emails");
        assertThat(p.salesforce().apiVersion()).isEqualTo("62.0");
        assertThat(p.salesforce().externalIdField()).isEqualTo("Followthrough_Id__c");
        assertThat(p.salesforce().clientSecret()).isEqualTo("consumer-secret-from-env");
        assertThat(p.toString()).doesNotContain("pat-na1-from-env").doesNotContain("00D!from-env")
                .doesNotContain("consumer-secret-from-env");
    }
}
