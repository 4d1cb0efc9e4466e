package dev.autogen.it;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps a connection to record what the code under test does with it: every setter of session
 * state, and, whenever a statement is prepared, whether the server transaction is read-only then.
 */
final class RecordingConnection implements InvocationHandler {

  private static final Set<String> SETTERS =
      Set.of("setReadOnly", "setAutoCommit", "setTransactionIsolation", "commit", "rollback");
  private static final Set<String> STATEMENTS =
      Set.of("prepareStatement", "createStatement", "prepareCall");

  private final Connection delegate;
  private final List<String> calls = new ArrayList<>();
  private final List<String> readOnlyAtStatement = new ArrayList<>();

  private RecordingConnection(Connection delegate) {
    this.delegate = delegate;
  }

  static RecordingConnection wrap(Connection delegate) {
    return new RecordingConnection(delegate);
  }

  Connection connection() {
    return (Connection)
        Proxy.newProxyInstance(
            Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, this);
  }

  List<String> calls() {
    return List.copyOf(calls);
  }

  /** {@code transaction_read_only} as the server reported it before each statement was made. */
  List<String> readOnlyAtStatement() {
    return List.copyOf(readOnlyAtStatement);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String name = method.getName();
    if (SETTERS.contains(name)) {
      calls.add(name + (args == null ? "()" : "(" + args[0] + ")"));
    }
    if (STATEMENTS.contains(name)) {
      readOnlyAtStatement.add(serverReadOnly());
    }
    try {
      return method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private String serverReadOnly() throws SQLException {
    try (Statement statement = delegate.createStatement();
        ResultSet row = statement.executeQuery("SHOW transaction_read_only")) {
      row.next();
      return row.getString(1);
    }
  }
}
