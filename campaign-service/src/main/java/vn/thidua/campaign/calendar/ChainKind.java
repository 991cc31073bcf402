package vn.thidua.campaign.calendar;

/** The two submission chains of a campaign: đăng ký thi đua and hồ sơ đề nghị khen thưởng. */
public enum ChainKind {
    REGISTRATION, DOSSIER
}
