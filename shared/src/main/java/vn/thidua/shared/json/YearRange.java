package vn.thidua.shared.json;

/**
 * The calendar years a request may name ({@code thidua.input.years.min}/{@code max}, default 1900–2100): wide enough
 * for a birth date or a plan's period, narrow enough that year 0, −1 or 10000 is refused as the typo it is.
 */
public record YearRange(int min, int max) {

    public YearRange {
        if (min > max) {
            throw new IllegalArgumentException("thidua.input.years: min " + min + " is above max " + max);
        }
    }

    public boolean contains(int year) {
        return year >= min && year <= max;
    }

    @Override
    public String toString() {
        return min + "–" + max;
    }
}
