package vn.thidua.shared.json;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.EnumFeature;

/**
 * The services' JSON mapper reads strictly (issue 12): {@link StrictJson}'s rules, enums by name only (a number was
 * read as the enum's position), no fraction silently cut from an integer, no duplicate property, nothing after
 * the document. Years within {@code thidua.input.years.min}/{@code max}.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer")
public class StrictJsonAutoConfiguration {

    @Bean
    YearRange inputYearRange(@Value("${thidua.input.years.min:1900}") int min,
            @Value("${thidua.input.years.max:2100}") int max) {
        return new YearRange(min, max);
    }

    @Bean
    JsonMapperBuilderCustomizer strictJsonReading(YearRange years) {
        return builder -> builder.addModule(StrictJson.module(years))
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
