package dev.followthrough.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The built-in admin account. With FOLLOWTHROUGH_ADMIN_PASSWORD set, that is the password (re-applied at
 * every start, so rotating it is a restart). Unset, the first start generates one, stores only its hash
 * and prints it once.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    static final String ADMIN = "admin";

    private final UserAccounts accounts;
    private final String configuredPassword;

    AdminBootstrap(UserAccounts accounts, @Value("${followthrough.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!configuredPassword.isBlank()) {
            accounts.save(ADMIN, configuredPassword, CurrentUser.ADMIN, null);
            log.info("Admin account 'admin' uses the password from FOLLOWTHROUGH_ADMIN_PASSWORD");
        } else if (accounts.find(ADMIN).isEmpty()) {
            String password = UserAccounts.generatePassword();
            accounts.save(ADMIN, password, CurrentUser.ADMIN, null);
            log.warn("\n\n    Created the admin account.  user: admin   password: {}\n"
                    + "    This is shown once; only its hash is stored. Set FOLLOWTHROUGH_ADMIN_PASSWORD to choose your own.\n",
                    password);
        }
    }
}
