// A protocol test of the server the extension starts, in plain Node (no VS Code): it spawns
// $EXECPLAN_LSP_COMMAND with the argument `lsp`, talks LSP 3.17 to it over stdio, opens a plan that
// lacks its required sections and expects an EXP diagnostic, then shuts the server down.
// The last line it prints is "npm-lsp: N passed, M failed"; the exit code is 0 only when nothing failed.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import {
    createMessageConnection,
    Diagnostic,
    DidOpenTextDocumentNotification,
    ErrorCodes,
    ExitNotification,
    InitializedNotification,
    InitializeParams,
    InitializeRequest,
    InitializeResult,
    LogMessageNotification,
    MessageConnection,
    PublishDiagnosticsNotification,
    PublishDiagnosticsParams,
    ResponseError,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';

const summaryPrefix = 'npm-lsp:';
const timeoutMs = Number(process.env.EXECPLAN_LSP_TIMEOUT_MS ?? '') || 60_000;
const exitTimeoutMs = 10_000;

interface Step {
    name: string;
    /** Resolves with an optional note printed after PASS. */
    run: () => Promise<string | void>;
}

/** Splits a command line on blanks; single or double quotes keep blanks (a path with spaces). */
function splitCommand(line: string): string[] {
    const words: string[] = [];
    let current = '';
    let quote: string | undefined;
    let inWord = false;
    for (const ch of line) {
        if (quote !== undefined) {
            if (ch === quote) {
                quote = undefined;
            } else {
                current += ch;
            }
        } else if (ch === '"' || ch === "'") {
            quote = ch;
            inWord = true;
        } else if (/\s/.test(ch)) {
            if (inWord) {
                words.push(current);
                current = '';
                inWord = false;
            }
        } else {
            current += ch;
            inWord = true;
        }
    }
    if (quote !== undefined) {
        throw new Error(`EXECPLAN_LSP_COMMAND has an unclosed ${quote} quote: ${line}`);
    }
    if (inWord) {
        words.push(current);
    }
    return words;
}

/** A file URI's path, comparable whatever the server's URI spelling ('%3A' or ':', drive letter case). */
function uriKey(uri: string): string {
    let file: string;
    try {
        file = path.resolve(fileURLToPath(uri));
    } catch {
        return uri;
    }
    return process.platform === 'win32' || process.platform === 'darwin' ? file.toLowerCase() : file;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
        promise.then(
            (value) => {
                clearTimeout(timer);
                resolve(value);
            },
            (error: unknown) => {
                clearTimeout(timer);
                reject(error);
            },
        );
    });
}

function describe(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

async function main(): Promise<number> {
    const commandLine = (process.env.EXECPLAN_LSP_COMMAND ?? '').trim();
    if (commandLine === '') {
        console.log(`${summaryPrefix} skipped: EXECPLAN_LSP_COMMAND is not set (e.g. EXECPLAN_LSP_COMMAND="dotnet /path/to/ExecPlan.Cli.dll" or "execplan"); no server was started.`);
        console.log(`${summaryPrefix} 0 passed, 0 failed`);
        return 0;
    }

    const [command, ...prefixArgs] = splitCommand(commandLine);
    if (command === undefined) {
        console.log(`${summaryPrefix} EXECPLAN_LSP_COMMAND has no command: ${commandLine}`);
        console.log(`${summaryPrefix} 0 passed, 1 failed`);
        return 1;
    }
    const args = [...prefixArgs, 'lsp'];

    // A repository of its own (a .git folder marks the root) with one plan that has a title and nothing else.
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'execplan-lsp-')));
    fs.mkdirSync(path.join(root, '.git'));
    fs.mkdirSync(path.join(root, 'plans'));
    const planPath = path.join(root, 'plans', 'demo-PLAN.md');
    const planText = '# PLAN: Demo\n';
    fs.writeFileSync(planPath, planText);
    const planUri = pathToFileURL(planPath).href;

    let stderr = '';
    const log: string[] = [];
    let server: ChildProcess | undefined;
    let connection: MessageConnection | undefined;

    // Settles when the process exits (or cannot start); never rejects.
    let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }> | undefined;
    let exitInfo: { code: number | null; signal: NodeJS.Signals | null; error?: Error } | undefined;
    let shutdownSent = false;

    // Diagnostics published for the plan, in arrival order; waiters are told about each one.
    const published: PublishDiagnosticsParams[] = [];
    const publishListeners: Array<() => void> = [];

    const results: Array<{ name: string; ok: boolean; detail?: string }> = [];

    const steps: Step[] = [
        {
            name: 'the server starts and answers initialize with capabilities that open documents',
            run: async () => {
                server = spawn(command, args, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'], env: process.env });
                const child = server;
                exited = new Promise((resolve) => {
                    child.once('error', (error) => {
                        exitInfo = { code: null, signal: null, error };
                        resolve(exitInfo);
                    });
                    child.once('exit', (code, signal) => {
                        exitInfo = { code, signal };
                        resolve(exitInfo);
                    });
                });
                child.stderr?.setEncoding('utf8');
                child.stderr?.on('data', (chunk: string) => {
                    stderr += chunk;
                });
                // Writing after the server died must fail the step, not the test process.
                child.stdin?.on('error', () => undefined);

                if (child.stdout === null || child.stdin === null) {
                    throw new Error('the server process has no stdio pipes');
                }
                const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
                connection = conn;
                conn.onNotification(PublishDiagnosticsNotification.type, (params) => {
                    if (uriKey(params.uri) === uriKey(planUri)) {
                        published.push(params);
                        for (const listener of publishListeners.splice(0)) {
                            listener();
                        }
                    }
                });
                conn.onNotification(LogMessageNotification.type, (params) => {
                    log.push(params.message);
                });
                // Requests a server may send even to a client that announced none of the matching capabilities.
                conn.onRequest((method, params) => {
                    switch (method) {
                        case 'client/registerCapability':
                        case 'client/unregisterCapability':
                        case 'window/workDoneProgress/create':
                        case 'window/showMessageRequest':
                        case 'workspace/codeLens/refresh':
                        case 'workspace/semanticTokens/refresh':
                        case 'workspace/inlayHint/refresh':
                        case 'workspace/inlineValue/refresh':
                        case 'workspace/diagnostic/refresh':
                            return null;
                        case 'workspace/configuration': {
                            const items = (params as { items?: unknown[] } | undefined)?.items ?? [];
                            return items.map(() => null);
                        }
                        case 'workspace/workspaceFolders':
                            return [{ uri: pathToFileURL(root).href, name: path.basename(root) }];
                        case 'workspace/applyEdit':
                            return { applied: false, failureReason: 'the protocol test applies no edits' };
                        default:
                            return new ResponseError(ErrorCodes.MethodNotFound, `the protocol test does not handle ${method}`);
                    }
                });
                conn.onError(([error]) => {
                    log.push(`connection error: ${describe(error)}`);
                });
                conn.listen();

                const params: InitializeParams = {
                    processId: process.pid,
                    clientInfo: { name: 'execplan-npm-lsp-test', version: '0.1.0' },
                    locale: 'en',
                    rootUri: pathToFileURL(root).href,
                    workspaceFolders: [{ uri: pathToFileURL(root).href, name: path.basename(root) }],
                    capabilities: {
                        textDocument: {
                            synchronization: { dynamicRegistration: false, didSave: true },
                            publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true, versionSupport: true },
                        },
                        workspace: { workspaceFolders: true },
                        general: { positionEncodings: ['utf-16'] },
                    },
                    trace: 'off',
                };
                const result = await raceExit(withTimeout(conn.sendRequest(InitializeRequest.type, params), timeoutMs, 'the initialize response'));
                assertOpensDocuments(result);
                await conn.sendNotification(InitializedNotification.type, {});
            },
        },
        {
            name: 'a plan without its required sections is published with an EXP diagnostic',
            run: async () => {
                const conn = requireConnection();
                await conn.sendNotification(DidOpenTextDocumentNotification.type, {
                    textDocument: { uri: planUri, languageId: 'markdown', version: 1, text: planText },
                });
                const found = await raceExit(withTimeout(firstExpDiagnostic(), timeoutMs, `publishDiagnostics for ${planUri} with a code starting with EXP`));
                const code = String(found.code);
                if (typeof found.message !== 'string' || found.message === '') {
                    throw new Error(`${code} has no message`);
                }
                if (!isRange(found.range)) {
                    throw new Error(`${code} has no valid range: ${JSON.stringify(found.range)}`);
                }
                return `${code} at ${found.range.start.line + 1}:${found.range.start.character + 1}: ${found.message}`;
            },
        },
        {
            name: 'shutdown is answered and exit ends the server with code 0',
            run: async () => {
                const conn = requireConnection();
                shutdownSent = true;
                await raceExit(withTimeout(conn.sendRequest(ShutdownRequest.type), timeoutMs, 'the shutdown response'));
                await conn.sendNotification(ExitNotification.type);
                const info = await withTimeout(exited ?? Promise.reject(new Error('no server process')), exitTimeoutMs, 'the server process to end after exit');
                if (info.error !== undefined) {
                    throw new Error(`the server process failed: ${info.error.message}`);
                }
                if (info.code !== 0) {
                    throw new Error(`the server ended with ${info.code === null ? `signal ${String(info.signal)}` : `exit code ${info.code}`}, expected 0 after shutdown and exit`);
                }
            },
        },
    ];

    function requireConnection(): MessageConnection {
        if (connection === undefined) {
            throw new Error('no connection to the server');
        }
        return connection;
    }

    /** Fails as soon as the server process ends or cannot start, instead of waiting for a timeout. */
    function raceExit<T>(promise: Promise<T>): Promise<T> {
        const ended = (exited ?? new Promise<never>(() => undefined)).then((info) => {
            if (info.error !== undefined) {
                throw new Error(`could not start '${command}': ${info.error.message}`);
            }
            throw new Error(`the server ended early with ${info.code === null ? `signal ${String(info.signal)}` : `exit code ${info.code}`}`);
        });
        return Promise.race([promise, ended]);
    }

    function firstExpDiagnostic(): Promise<Diagnostic> {
        return new Promise<Diagnostic>((resolve) => {
            const check = (): void => {
                for (const params of published) {
                    const found = params.diagnostics.find((d) => typeof d.code === 'string' && d.code.startsWith('EXP'));
                    if (found !== undefined) {
                        resolve(found);
                        return;
                    }
                }
                publishListeners.push(check);
            };
            check();
        });
    }

    let failed = false;
    try {
        for (const step of steps) {
            if (failed) {
                results.push({ name: step.name, ok: false, detail: 'not run: an earlier step failed' });
                continue;
            }
            try {
                const note = await step.run();
                results.push({ name: step.name, ok: true, detail: note === undefined ? undefined : note });
            } catch (error) {
                failed = true;
                results.push({ name: step.name, ok: false, detail: describe(error) });
            }
        }
    } finally {
        connection?.dispose();
        if (server !== undefined && exitInfo === undefined) {
            server.kill();
            await withTimeout<unknown>(exited ?? Promise.resolve(), exitTimeoutMs, 'the killed server to end').catch(() => {
                server?.kill('SIGKILL');
            });
        }
        fs.rmSync(root, { recursive: true, force: true });
    }

    for (const result of results) {
        console.log(`${result.ok ? 'PASS' : 'FAIL'} ${result.name}${result.detail === undefined ? '' : `: ${result.detail}`}`);
    }
    const passed = results.filter((r) => r.ok).length;
    const failures = results.length - passed;
    if (failures > 0) {
        console.log(`server: ${commandLine} ${args.slice(prefixArgs.length).join(' ')}${shutdownSent ? ' (shutdown was sent)' : ''}`);
        if (published.length > 0) {
            console.log(`diagnostics published for the plan: ${JSON.stringify(published.map((p) => p.diagnostics.map((d) => d.code ?? null)))}`);
        }
        if (log.length > 0) {
            console.log(`server log messages:\n  ${log.slice(-20).join('\n  ')}`);
        }
        if (stderr.trim() !== '') {
            console.log(`server stderr (last 2000 characters):\n${stderr.slice(-2000)}`);
        }
    }
    console.log(`${summaryPrefix} ${passed} passed, ${failures} failed`);
    return failures === 0 ? 0 : 1;
}

function assertOpensDocuments(result: InitializeResult): void {
    if (result === null || typeof result !== 'object' || result.capabilities === null || typeof result.capabilities !== 'object') {
        throw new Error(`initialize returned no capabilities: ${JSON.stringify(result)}`);
    }
    const sync = result.capabilities.textDocumentSync;
    const opens = typeof sync === 'number' ? sync !== TextDocumentSyncKind.None : sync?.openClose === true;
    if (!opens) {
        throw new Error(`textDocumentSync does not ask for didOpen/didClose (${JSON.stringify(sync)}), so no editor would send the plan`);
    }
}

function isRange(value: unknown): value is Diagnostic['range'] {
    const range = value as Diagnostic['range'] | undefined;
    const isPosition = (p: unknown): boolean => {
        const position = p as { line?: unknown; character?: unknown } | undefined;
        return typeof position?.line === 'number' && typeof position.character === 'number' && position.line >= 0 && position.character >= 0;
    };
    return range !== undefined && range !== null && isPosition(range.start) && isPosition(range.end);
}

// vscode-jsonrpc rejects a request whose write failed (the server is gone) and also throws the write error
// from an async Promise executor, where nothing can catch it: the request's own rejection is what counts.
process.on('unhandledRejection', (reason) => {
    if (!(reason instanceof Error && 'code' in reason && (String(reason.code).startsWith('ERR_STREAM') || reason.code === 'EPIPE'))) {
        console.log(`unhandled rejection: ${describe(reason)}`);
        process.exitCode = 1;
    }
});

main().then(
    (code) => {
        process.exitCode = code;
        // Nothing should keep the process alive now; if something does (a server that ignored SIGTERM), end anyway.
        setTimeout(() => process.exit(code), 5_000).unref();
    },
    (error: unknown) => {
        console.log(`${summaryPrefix} the test itself failed: ${describe(error)}`);
        console.log(`${summaryPrefix} 0 passed, 1 failed`);
        process.exitCode = 1;
    },
);
