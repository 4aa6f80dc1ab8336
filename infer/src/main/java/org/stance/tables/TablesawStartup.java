package org.stance.tables;

import tech.tablesaw.api.Table;

/**
 * Tablesaw's {@link Table} class scans the class path for table readers and writers when it is first
 * initialized, which takes about 0.3 s. Starting that on a background thread while the model loads takes it
 * off the tagging path. Call {@link #await} before the first use of any Tablesaw class, so that no other
 * thread initializes Tablesaw's classes at the same time (two threads initializing classes that refer to
 * each other can deadlock).
 */
public final class TablesawStartup {
  private final Thread thread;

  private TablesawStartup(Thread thread) {
    this.thread = thread;
  }

  public static TablesawStartup begin() {
    Thread thread = new Thread(() -> Table.create("startup"), "tablesaw-startup");
    thread.setDaemon(true);
    thread.start();
    return new TablesawStartup(thread);
  }

  public void await() throws InterruptedException {
    thread.join();
  }
}
