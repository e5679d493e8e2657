/**
 * A TCP proxy on 127.0.0.1 that cuts the connection in the middle of a download: once the
 * client has asked for the n-th message body (BODY.PEEK[]), it lets a little of the answer
 * through and then drops both sides, as a mobile network or a server restart would.
 */
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface CuttingProxy {
  port: number;
  /** Whether it cut a connection. */
  cut(): boolean;
  close(): Promise<void>;
}

export async function cuttingProxy(target: number, cutAtBody: number, bytesLetThrough = 2000): Promise<CuttingProxy> {
  let didCut = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    let bodies = 0;
    let budget = Infinity;
    client.on('data', (chunk) => {
      bodies += chunk.toString('latin1').split('BODY.PEEK[]').length - 1;
      if (bodies >= cutAtBody && budget === Infinity) budget = bytesLetThrough;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (chunk.length <= budget) {
        client.write(chunk);
        if (budget !== Infinity) budget -= chunk.length;
        return;
      }
      client.write(chunk.subarray(0, budget));
      didCut = true;
      client.destroy();
      upstream.destroy();
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  const port = await new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));
  return {
    port,
    cut: () => didCut,
    close: () =>
      new Promise((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => r());
      }),
  };
}
