// The ExecPlan extension: starts `execplan lsp` over stdio for Markdown plans and .execplan.yaml files.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions } from 'vscode-languageclient/node';

const clientId = 'execplan'; // the client reads its trace level from `execplan.trace.server`
const clientName = 'ExecPlan Language Server';
const installCommand = 'dotnet tool install -g ExecPlan.Cli';

let client: LanguageClient | undefined;
let outputChannel: vscode.OutputChannel | undefined;
let configWatcher: vscode.FileSystemWatcher | undefined;
let pending: Promise<void> = Promise.resolve(); // starts and stops run one after the other

/** The command line that starts the server. */
interface ServerCommand {
    command: string;
    args: string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    outputChannel = vscode.window.createOutputChannel(clientName);
    // Plans are linted with their nearest configuration: the server hears when one changes on disk.
    configWatcher = vscode.workspace.createFileSystemWatcher('**/.execplan.yaml');
    context.subscriptions.push(outputChannel, configWatcher);

    context.subscriptions.push(
        vscode.commands.registerCommand('execplan.restartServer', () => restart()),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration('execplan.server')) {
                void restart();
            }
        }),
    );

    await serialized(start);
}

export async function deactivate(): Promise<void> {
    await serialized(stop);
}

function restart(): Promise<void> {
    return serialized(async () => {
        await stop();
        await start();
    });
}

function serialized(step: () => Promise<void>): Promise<void> {
    pending = pending.then(step, step);
    return pending;
}

async function start(): Promise<void> {
    const server = resolveServer();
    if (server === undefined) {
        return;
    }

    outputChannel?.appendLine(`Starting ${server.command} ${server.args.join(' ')}`);
    const serverOptions: ServerOptions = {
        command: server.command,
        args: server.args,
        options: { cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'markdown' },
            { scheme: 'file', pattern: '**/.execplan.yaml' },
        ],
        synchronize: configWatcher === undefined ? undefined : { fileEvents: configWatcher },
        outputChannel,
    };

    const created = new LanguageClient(clientId, clientName, serverOptions, clientOptions);
    client = created;
    try {
        await created.start();
    } catch (error) {
        client = undefined;
        const message = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(`ExecPlan: the language server '${server.command}' could not start: ${message}`);
    }
}

async function stop(): Promise<void> {
    const running = client;
    client = undefined;
    if (running === undefined) {
        return;
    }
    try {
        await running.stop();
    } catch (error) {
        // A server that already exited cannot be stopped again; the next start is what matters.
        outputChannel?.appendLine(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
}

/** The configured server, or `execplan` from PATH or ~/.dotnet/tools; undefined (after telling the user) when there is none. */
function resolveServer(): ServerCommand | undefined {
    const config = vscode.workspace.getConfiguration('execplan');
    const configured = (config.get<string>('server.path') ?? '').trim();
    const extraArgs = (config.get<unknown[]>('server.args') ?? []).map(String);

    let executable: string | undefined;
    if (configured !== '') {
        const full = resolveConfiguredPath(configured);
        if (!isFile(full)) {
            void showNotFound(`The configured execplan.server.path '${configured}' does not exist.`, 'correct');
            return undefined;
        }
        executable = full;
    } else {
        executable = findOnPath('execplan') ?? findInDotnetTools('execplan');
        if (executable === undefined) {
            void showNotFound("The 'execplan' command was found neither on PATH nor in ~/.dotnet/tools.", 'set');
            return undefined;
        }
    }

    // A path to the tool's assembly (a local build) runs with the dotnet host.
    if (executable.toLowerCase().endsWith('.dll')) {
        return { command: 'dotnet', args: [executable, 'lsp', ...extraArgs] };
    }
    return { command: executable, args: ['lsp', ...extraArgs] };
}

async function showNotFound(reason: string, setting: 'set' | 'correct'): Promise<void> {
    const message = `ExecPlan: ${reason} Install the language server with \`${installCommand}\` or ${setting} \`execplan.server.path\`, then run "ExecPlan: Restart Server".`;
    outputChannel?.appendLine(message);
    const openSettings = 'Open Settings';
    const copyInstall = 'Copy Install Command';
    const choice = await vscode.window.showErrorMessage(message, openSettings, copyInstall);
    if (choice === openSettings) {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'execplan.server.path');
    } else if (choice === copyInstall) {
        await vscode.env.clipboard.writeText(installCommand);
    }
}

/** `~` is the home folder; a relative path is relative to the first workspace folder. */
function resolveConfiguredPath(configured: string): string {
    let value = configured;
    if (value === '~' || value.startsWith('~/') || value.startsWith('~\\')) {
        value = path.join(os.homedir(), value.slice(1));
    }
    if (!path.isAbsolute(value)) {
        const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
        if (folder !== undefined) {
            value = path.join(folder, value);
        }
    }
    return value;
}

function findOnPath(name: string): string | undefined {
    const folders = (process.env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== '');
    return findIn(folders, name);
}

/** Where `dotnet tool install -g` puts tools; an editor started from a desktop menu often lacks it on PATH. */
function findInDotnetTools(name: string): string | undefined {
    return findIn([path.join(os.homedir(), '.dotnet', 'tools')], name);
}

function findIn(folders: string[], name: string): string | undefined {
    // dotnet tools are an .exe on Windows (a .cmd could not be started without a shell).
    const file = process.platform === 'win32' ? name + '.exe' : name;
    for (const folder of folders) {
        const candidate = path.join(folder, file);
        if (isFile(candidate) && isExecutable(candidate)) {
            return candidate;
        }
    }
    return undefined;
}

function isExecutable(file: string): boolean {
    try {
        fs.accessSync(file, fs.constants.X_OK);
        return true;
    } catch {
        return false;
    }
}

function isFile(file: string): boolean {
    try {
        return fs.statSync(file).isFile();
    } catch {
        return false;
    }
}
