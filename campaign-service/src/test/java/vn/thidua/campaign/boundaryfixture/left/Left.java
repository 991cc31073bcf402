package vn.thidua.campaign.boundaryfixture.left;

import vn.thidua.campaign.boundaryfixture.right.Right;

/** A deliberate cycle (left ↔ right) proving that the boundary rule can fail. Test sources only. */
public class Left {
    Right right;
}
