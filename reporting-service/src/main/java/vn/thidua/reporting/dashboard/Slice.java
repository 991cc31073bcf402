package vn.thidua.reporting.dashboard;

import vn.thidua.reporting.readmodel.CounterKey;
import vn.thidua.reporting.readmodel.Projections;

/**
 * Plain: which stored counters a dashboard's filters add up, so that each item is counted once. Counters are kept
 * per campaign and year, per year over every campaign, and over everything ({@link CounterKey}); campaigns
 * themselves are counted without a year.
 * <ul>
 *   <li>no filter: the slice of every campaign and every year;</li>
 *   <li>a year: every campaign of that year (and the campaigns, which have no year);</li>
 *   <li>a campaign: that campaign's counters of every year summed;</li>
 *   <li>both: that campaign in that year (and the campaign itself).</li>
 * </ul>
 */
public record Slice(String campaignId, Integer year) {

    /** The campaignId the stored counters are looked up with. */
    public String storedCampaignId() {
        return campaignId == null ? CounterKey.ALL_CAMPAIGNS : campaignId;
    }

    public boolean includes(CounterRow row) {
        boolean campaigns = row.metric().equals(Projections.M_CAMPAIGNS);
        if (campaignId == null) {
            return year == null ? row.year() == CounterKey.ALL_YEARS
                    : row.year() == year || (campaigns && row.year() == CounterKey.ALL_YEARS);
        }
        return year == null || row.year() == year || campaigns;
    }
}
