package cn.dengkou.bizservice.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code app.counties}: the division codes this deployment serves (default one, 150822 磴口县), as a YAML list or
 * a comma-separated value ({@code APP_COUNTIES=150822,150826}). The first is the Flyway placeholder {@code county}
 * (rows written before V10 belong to it); the whole list is checked against the {@code county} table at start.
 */
@Configuration(proxyBeanMethods = false)
class CountyConfig {

    static final String DEFAULT_COUNTY = "150822";
    private static final Logger log = LoggerFactory.getLogger(CountyConfig.class);

    static List<String> configured(Environment env) {
        return Binder.get(env).bind("app.counties", Bindable.listOf(String.class))
                .map(l -> l.stream().map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of(DEFAULT_COUNTY));
    }

    @Bean
    FlywayConfigurationCustomizer countyPlaceholder(Environment env) {
        List<String> codes = configured(env);
        return flyway -> {
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put("county", codes.isEmpty() ? DEFAULT_COUNTY : codes.get(0));
            flyway.placeholders(placeholders);
        };
    }

    /** Reads the table after Flyway (JdbcTemplate waits for the migration); an unknown code stops the start. */
    @Bean
    Counties counties(JdbcTemplate jdbc, Environment env) {
        List<Counties.County> known = jdbc.query("SELECT code, name, parent_code, level FROM county ORDER BY sort_order, code",
                (rs, i) -> new Counties.County(rs.getString(1), rs.getString(2), rs.getString(3),
                        "PREFECTURE".equals(rs.getString(4))));
        Counties counties = new Counties(known, configured(env));
        log.info("serving {}", counties.served().stream().map(c -> c.code() + " " + c.name()).toList());
        return counties;
    }
}
