package org.easeback.reliability;

import java.nio.file.Path;

import org.easeback.support.AppProcess;

/** Crash consistency on the default H2 file database (one directory for both runs). */
class CrashConsistencyOnH2Tests extends CrashConsistencyTests {

	@Override
	AppProcess start(Path log) {
		return AppProcess.onH2(this.work.resolve("data"), log);
	}

}
