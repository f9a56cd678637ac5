package nl.vaardig.local.embedded;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.Ordered;

/**
 * Hands out the data source only once the embedded PostgreSQL accepts connections, so that nothing that uses it (Flyway
 * first) starts before the server, while the beans that do not need it are built during the server's start.
 */
final class WaitForEmbeddedServers implements BeanPostProcessor, Ordered {

    private final EmbeddedServerStarts starts;

    WaitForEmbeddedServers(EmbeddedServerStarts starts) {
        this.starts = starts;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            starts.awaitPostgres();
        }
        return bean;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
