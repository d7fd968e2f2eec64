package org.easeback.shared.storage;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;

import org.h2.engine.SessionLocal;

/**
 * A connection to an embedded H2 file database whose writes return once they are in the
 * file ({@link GroupCommit}):
 * <ul>
 * <li>{@code commit()}, and {@code setAutoCommit(true)} that commits, when the
 * transaction changed something;</li>
 * <li>every {@code execute…} of its statements in auto-commit mode after which H2 counts
 * a data change: H2's counter is database-wide, so a statement may also wait for another
 * connection's change (never the other way round).</li>
 * </ul>
 * Everything else goes straight to the pool's connection.
 */
final class DurableConnection implements InvocationHandler {

	private final Connection target;

	private final SessionLocal session;

	private final GroupCommit commits;

	private DurableConnection(Connection target, SessionLocal session, GroupCommit commits) {
		this.target = target;
		this.session = session;
		this.commits = commits;
	}

	static Connection of(Connection target, SessionLocal session, GroupCommit commits) {
		return (Connection) Proxy.newProxyInstance(DurableConnection.class.getClassLoader(),
				new Class<?>[] { Connection.class }, new DurableConnection(target, session, commits));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		return switch (method.getName()) {
			case "commit" -> committing(method, args, true);
			case "setAutoCommit" -> committing(method, args, Boolean.TRUE.equals(args[0]));
			case "createStatement", "prepareStatement", "prepareCall" ->
				statement(proxy, method.getReturnType(), (Statement) call(this.target, method, args));
			case "equals" -> proxy == args[0];
			case "hashCode" -> System.identityHashCode(proxy);
			case "toString" -> "durable " + this.target;
			default -> call(this.target, method, args);
		};
	}

	private Object committing(Method method, Object[] args, boolean commits) throws Throwable {
		boolean changed = commits && this.session.hasPendingTransaction();
		Object result = call(this.target, method, args);
		if (changed) {
			this.commits.awaitWritten();
		}
		return result;
	}

	private Object statement(Object connection, Class<?> type, Statement statement) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (method.getName().startsWith("execute") && this.target.getAutoCommit()) {
				long before = this.session.getDatabase().getModificationDataId();
				Object result = call(statement, method, args);
				if (this.session.getDatabase().getModificationDataId() != before) {
					this.commits.awaitWritten();
				}
				return result;
			}
			return switch (method.getName()) {
				case "getConnection" -> connection;
				case "equals" -> proxy == args[0];
				case "hashCode" -> System.identityHashCode(proxy);
				default -> call(statement, method, args);
			};
		};
		return Proxy.newProxyInstance(DurableConnection.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object call(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
