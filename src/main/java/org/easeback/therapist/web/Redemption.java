package org.easeback.therapist.web;

/**
 * A share code to redeem: the dashboard's form and the API's body.
 *
 * @param code as typed; the shares read spaces and dashes leniently
 */
record Redemption(String code) {

}
