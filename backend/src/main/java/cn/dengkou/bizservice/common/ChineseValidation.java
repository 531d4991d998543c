package cn.dengkou.bizservice.common;

import jakarta.validation.MessageInterpolator;
import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import java.util.Locale;

/**
 * Bean Validation messages are Chinese for every request: the defaults ({@code @Max} without a message
 * of its own …) otherwise follow {@code Accept-Language}, and the JVM's locale when there is none.
 */
@Configuration(proxyBeanMethods = false)
class ChineseValidation {

    static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

    /** Replaces Boot's validator of the same name, which MVC and method validation use too. */
    @Bean
    static LocalValidatorFactoryBean defaultValidator(ApplicationContext context) {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        factory.setMessageInterpolator(new FixedLocale(new MessageInterpolatorFactory(context).getObject()));
        return factory;
    }

    /** Spring hands the request's locale to the interpolator; this one always uses {@link #LOCALE}. */
    private record FixedLocale(MessageInterpolator target) implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return target.interpolate(template, context, LOCALE);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return target.interpolate(template, context, LOCALE);
        }
    }
}
