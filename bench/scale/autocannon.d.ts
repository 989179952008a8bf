// The part of autocannon's API the load benchmark uses (the package ships no types).
declare module "autocannon" {
  type Options = { url: string; connections: number; duration: number; timeout?: number; headers?: Record<string, string> };
  type Result = { errors: number; timeouts: number; non2xx: number; requests: { total: number; average: number } };
  type Instance = { on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): void };
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
