package org.easeback.handoff.web;

class LargestIntakeOnH2Tests extends LargestIntakeTests {

}
