/**
 * Standard output as the CLI writes data to it: each write waits until the stream has taken the
 * chunk (back-pressure, so a slow reader never makes the batch buffer in memory), and a reader
 * that goes away (`newsclean corpus/ | head -1`: EPIPE) closes the sink quietly instead of
 * raising an unhandled 'error' event with a stack trace.
 */
export class OutputStream {
  private readerGone = false;
  private failure: Error | null = null;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // Stays attached for the life of the stream: an EPIPE can still arrive after the last write.
    stream.on('error', (error: Error) => this.noteError(error));
  }

  /** True once the reader has closed the pipe or writing failed: stop producing output. */
  get closed(): boolean {
    return this.readerGone || this.failure !== null;
  }

  /** A write error other than a closed pipe (e.g. disk full when redirected to a file), if any. */
  get error(): Error | null {
    return this.failure;
  }

  /** Writes `chunk` and resolves when the stream has accepted it; never rejects. */
  write(chunk: string): Promise<void> {
    if (this.closed || chunk === '') return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.write(chunk, (error?: Error | null) => {
        if (error) this.noteError(error);
        resolve();
      });
    });
  }

  private noteError(error: Error): void {
    if ((error as NodeJS.ErrnoException).code === 'EPIPE') this.readerGone = true;
    else this.failure ??= error;
  }
}
