package vn.thidua.shared.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Strict reading of request bodies (issue 12): a number must be finite ({@code 1e309} read as a double was stored
 * as Infinity), a text may hold no control character (tab, line feed and carriage return excepted) nor a lone
 * surrogate, a date is ISO {@code yyyy-MM-dd} with its year in the configured range, and a property named
 * {@code year} or {@code ...Year} holds a year in that range. Each refusal is a Jackson input error, which the
 * services answer as 400 problem naming the field. Enums by name only is a mapper feature (see the auto-config).
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static SimpleModule module(YearRange years) {
        SimpleModule module = new SimpleModule("thidua-strict-json");
        module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0));
        module.addDeserializer(String.class, new CleanString());
        module.addDeserializer(LocalDate.class, new BoundedDate(years));
        module.addDeserializer(Integer.class, new YearAware(Integer.class, null, years, null));
        module.addDeserializer(Integer.TYPE, new YearAware(Integer.TYPE, 0, years, null));
        return module;
    }

    /** Whether a text is free of control characters (other than tab, LF, CR) and of unpaired surrogates. */
    public static boolean isCleanText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A calendar year property: {@code year}, or a name ending in {@code Year} ({@code startYear}, not {@code consecutiveYears}). */
    public static boolean isYearProperty(String name) {
        return name != null && (name.equals("year") || name.endsWith("Year"));
    }

    static final class FiniteDouble extends StdDeserializer<Double> {
        private final NumberDeserializers.DoubleDeserializer delegate;

        @SuppressWarnings("unchecked")
        FiniteDouble(Class<?> type, Double nullValue) {
            super(type);
            this.delegate = new NumberDeserializers.DoubleDeserializer((Class<Double>) type, nullValue);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Double value = delegate.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw ctxt.weirdNumberException(value, Double.class, "not a finite number");
            }
            return value;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return delegate.getNullValue(ctxt);
        }
    }

    static final class CleanString extends StdDeserializer<String> {
        CleanString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String value = StringDeserializer.instance.deserialize(p, ctxt);
            if (value != null && !isCleanText(value)) {
                throw ctxt.weirdStringException(value.replaceAll("\\p{Cntrl}", "?"), String.class,
                        "control characters are not allowed");
            }
            return value;
        }
    }

    static final class BoundedDate extends StdDeserializer<LocalDate> {
        private final YearRange years;

        BoundedDate(YearRange years) {
            super(LocalDate.class);
            this.years = years;
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getString().trim();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw ctxt.weirdStringException(text, LocalDate.class, "not an ISO date (yyyy-MM-dd)");
            }
            if (!years.contains(date.getYear())) {
                throw ctxt.weirdStringException(text, LocalDate.class, "year outside " + years);
            }
            return date;
        }
    }

    /** An int reader that checks the range when the property is a calendar year (decided per property). */
    static final class YearAware extends StdDeserializer<Integer> {
        private final NumberDeserializers.IntegerDeserializer delegate;
        private final Class<?> type;
        private final Integer nullValue;
        private final YearRange years;
        private final String property;

        @SuppressWarnings("unchecked")
        YearAware(Class<?> type, Integer nullValue, YearRange years, String property) {
            super(type);
            this.type = type;
            this.nullValue = nullValue;
            this.delegate = new NumberDeserializers.IntegerDeserializer((Class<Integer>) type, nullValue);
            this.years = years;
            this.property = property;
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            String name = property == null ? null : property.getName();
            return isYearProperty(name) ? new YearAware(type, nullValue, years, name) : delegate;
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            Integer value = delegate.deserialize(p, ctxt);
            if (value != null && property != null && !years.contains(value)) {
                throw ctxt.weirdNumberException(value, Integer.class, property + " outside " + years);
            }
            return value;
        }

        @Override
        public Object getNullValue(DeserializationContext ctxt) {
            return delegate.getNullValue(ctxt);
        }
    }
}
