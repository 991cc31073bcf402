package vn.thidua.campaign.boundaryfixture.right;

import vn.thidua.campaign.boundaryfixture.left.Left;

/** The other half of the deliberate cycle. */
public class Right {
    Left left;
}
