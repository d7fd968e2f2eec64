# Which Java runs EaseBack's jar, shared by bench/run-jar.sh and bench/lib.sh. Source it.
# EASEBACK_JAVA, else the newest JDK 25 or later under /usr/lib/jvm, else the `java` on the
# PATH; sets $java and $major.

# the major version of a java binary: 17, 21, 25… (from the JDK's release file: starting a JVM
# to ask would add its own start-up to every launch)
java_major() {
	local home
	home=$(dirname "$(dirname "$(readlink -f "$(command -v "$1")")")")
	if [ -f "$home/release" ]; then
		sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release"
	else
		"$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'
	fi
}

java=${EASEBACK_JAVA:-}
if [ -z "$java" ]; then
	java=java
	for home in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sed "s:/$::" | sort -V); do
		if [ -x "$home/bin/java" ] && [ "$(java_major "$home/bin/java")" -ge 25 ] 2>/dev/null; then
			java="$home/bin/java"
		fi
	done
fi
major=$(java_major "$java")
