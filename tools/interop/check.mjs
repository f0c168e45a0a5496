#!/usr/bin/env node
// Runs independently written Plex clients from npm, unchanged, against plexsim and prints one line per
// check: "ok|FAIL <client> <operation>: <detail>", then "N passed, N failed". Exit code 1 on any failure.
// Starts nothing: give the simulator's base URL, a PMS URL and the owner's plex.tv token as
//   node check.mjs --sim http://127.0.0.1:32555 --pms http://127.0.0.1:40123 --token <token>
// or in PLEX_SIM_URL, PLEX_PMS_URL, PLEX_SIM_TOKEN (tools/interop/run.sh does all of it).
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { MyPlexAccount, PlexServer } from '@ctrl/plex';
import { PlexAPI as PlexJs } from '@lukehagar/plexjs';
import PlexApi from 'plex-api';
import { PlexAPI as PlexJsPlexTv } from 'plexjs-plextv';
import { HTTPClient } from 'plexjs-plextv/lib/http.js';
import { parseStringPromise } from 'xml2js';

const { values: args } = parseArgs({
	options: { sim: { type: 'string' }, pms: { type: 'string' }, token: { type: 'string' } },
});
const SIM = (args.sim ?? process.env.PLEX_SIM_URL ?? '').replace(/\/$/, '');
const PMS = (args.pms ?? process.env.PLEX_PMS_URL ?? '').replace(/\/$/, '');
const TOKEN = args.token ?? process.env.PLEX_SIM_TOKEN ?? '';
if (!SIM || !PMS || !TOKEN) {
	console.error('usage: node check.mjs --sim URL --pms URL --token TOKEN (or PLEX_SIM_URL, PLEX_PMS_URL, PLEX_SIM_TOKEN)');
	process.exit(2);
}
const pmsUrl = new URL(PMS);
const version = (name) => createRequire(import.meta.url)(`${name}/package.json`).version;
const CLIENTS = {
	'plex-api': `plex-api@${version('plex-api')}`,
	ctrl: `@ctrl/plex@${version('@ctrl/plex')}`,
	plexjs: `@lukehagar/plexjs@${version('@lukehagar/plexjs')}`,
	plexjsTv: `@lukehagar/plexjs@${version('plexjs-plextv')}`,
};

// Some clients hard-code https://plex.tv (as python-plexapi does). Instead of patching them, their
// requests are routed to the simulator at the fetch layer, as a hosts-file entry would; every other
// non-loopback address is refused, so nothing here can reach the real plex.tv.
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	if (['plex.tv', 'clients.plex.tv', 'app.plex.tv'].includes(url.hostname)) {
		const target = new URL(url.pathname + url.search, SIM);
		return realFetch(input instanceof Request ? new Request(target, input) : target, init);
	}
	if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
		return Promise.reject(new Error(`refused to contact ${url.origin}: only 127.0.0.1 is allowed`));
	}
	return realFetch(input, init);
};

const results = [];
async function check(client, operation, run) {
	try {
		const detail = await run();
		results.push(true);
		console.log(`ok ${CLIENTS[client]} ${operation}: ${detail}`);
	}
	catch (error) {
		results.push(false);
		console.log(`FAIL ${CLIENTS[client]} ${operation}: ${String(error?.message ?? error).split('\n')[0]}`);
	}
}
// A client trips here exactly as it would on plex.tv; the check passes when the trip is the expected one.
async function limitation(client, operation, reason, run) {
	await check(client, operation, async () => `known limitation: ${await run()} (${reason})`);
}
function expect(condition, message) {
	if (!condition) {
		throw new Error(message);
	}
}
async function raw(path, init = {}) {
	const response = await realFetch(SIM + path, init);
	expect(response.ok, `${init.method ?? 'GET'} ${path} answered ${response.status}`);
	return response.json();
}
// The app.plex.tv step a person does in the browser: the simulator's sign-in page approves the PIN.
async function approvePin(code, clientID, account) {
	await raw('/sim/auth/approve', {
		method: 'POST',
		headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ code, clientID, account }),
	});
}
const sameList = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

// Facts the clients are compared against, asked of the simulator with plain fetch.
let owner, identity, sectionTitles, pinAccount;
try {
	const ownerHeaders = { Accept: 'application/json', 'X-Plex-Token': TOKEN, 'X-Plex-Client-Identifier': 'interop-check' };
	owner = await raw('/api/v2/user', { headers: ownerHeaders });
	identity = (await (await realFetch(`${PMS}/identity`, { headers: { Accept: 'application/json' } })).json())
		.MediaContainer;
	const sections = await realFetch(`${PMS}/library/sections`, { headers: { Accept: 'application/json', 'X-Plex-Token': TOKEN } });
	sectionTitles = (await sections.json()).MediaContainer.Directory.map((d) => d.title);
	pinAccount = (await raw('/sim/accounts')).find((a) => a.username !== owner.username)?.username ?? owner.username;
}
catch (error) {
	console.log(`FAIL setup reading the simulator at ${SIM} and ${PMS}: ${error.message}`);
	console.log('0 passed, 1 failed');
	process.exit(1);
}

await plexApiChecks();
await ctrlPlexChecks();
await plexJsPlexTvChecks();
await plexJsChecks();

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);

// phillipj/node-plex-api: a PMS client (hostname, port, token); query() parses XML and JSON bodies.
async function plexApiChecks() {
	const pms = new PlexApi({ hostname: pmsUrl.hostname, port: Number(pmsUrl.port), token: TOKEN });
	const anonymous = new PlexApi({ hostname: pmsUrl.hostname, port: Number(pmsUrl.port) });
	await check('plex-api', 'PMS identity', async () => {
		const result = await anonymous.query('/identity');
		expect(result.MediaContainer?.machineIdentifier === identity.machineIdentifier,
			`machineIdentifier ${result.MediaContainer?.machineIdentifier}`);
		return `machineIdentifier ${identity.machineIdentifier} without a token`;
	});
	await check('plex-api', 'PMS root', async () => {
		const root = (await pms.query('/')).MediaContainer;
		expect(root?.machineIdentifier === identity.machineIdentifier, `root ${JSON.stringify(root)?.slice(0, 80)}`);
		return `${root.friendlyName}, version ${root.version}`;
	});
	await check('plex-api', 'PMS library sections', async () => {
		const directories = await pms.find('/library/sections');
		const titles = directories.map((d) => d.title);
		expect(sameList(titles, sectionTitles), `titles ${titles}`);
		return `${titles.length} sections: ${titles.join(', ')}`;
	});
	await check('plex-api', 'PMS without token', async () => {
		const error = await anonymous.query('/library/sections').then(() => null, (e) => e);
		expect(error?.message.includes('you must provide a way to authenticate'), `got ${error?.message ?? 'a 2xx'}`);
		return 'refused with 401, as a real PMS does';
	});
	const tv = new PlexApi({ hostname: new URL(SIM).hostname, port: Number(new URL(SIM).port), token: TOKEN });
	await check('plex-api', 'plex.tv users (XML)', async () => {
		const users = (await tv.query('/api/users')).MediaContainer.User;
		expect(Array.isArray(users) && users.length > 0, 'no <User> elements');
		return `${users.length} users: ${users.map((u) => u.attributes.title).join(', ')}`;
	});
	await check('plex-api', 'plex.tv share listing (XML)', async () => {
		const shares = (await tv.query(`/api/servers/${identity.machineIdentifier}/shared_servers`)).MediaContainer
			.SharedServer;
		expect(Array.isArray(shares) && shares.length > 0, 'no <SharedServer> elements');
		return `${shares.length} shares of ${identity.machineIdentifier.slice(0, 8)}…`;
	});
	await limitation('plex-api', 'plex.tv v2 share listing (JSON)',
		'it parses JSON only when Content-Type is exactly application/json; plex.tv (Rails) adds "; charset=utf-8"',
		async () => {
			const body = await tv.query('/api/v2/shared_servers/owned/accepted');
			expect(Buffer.isBuffer(body), `parsed into ${typeof body}`);
			const shares = JSON.parse(body.toString('utf8'));
			expect(Array.isArray(shares) && shares.length > 0, 'no accepted shares');
			return `raw body handed back; it holds ${shares.length} accepted shares`;
		});
}

// scttcper/plex: a TypeScript port of python-plexapi (MyPlexAccount, MyPlexResource, PlexServer).
async function ctrlPlexChecks() {
	let account;
	await check('ctrl', 'account (MyPlexAccount.connect)', async () => {
		account = await new MyPlexAccount(null, '', '', TOKEN).connect();
		expect(account.username === owner.username, `username ${account.username}`);
		return `${account.username} <${account.email}>, id ${account.id}`;
	});
	let resource;
	await check('ctrl', 'resources', async () => {
		const resources = await (account ?? new MyPlexAccount(null, '', '', TOKEN)).resources();
		resource = resources.find((r) => r.clientIdentifier === identity.machineIdentifier);
		expect(resource, `no resource ${identity.machineIdentifier} among ${resources.map((r) => r.name)}`);
		return `${resources.length} resources, ${resource.name} with ${resource.connections.length} connections`;
	});
	await check('ctrl', 'resource connect', async () => {
		expect(resource, 'no resource to connect to');
		const server = await resource.connect();
		expect(server.machineIdentifier === identity.machineIdentifier, `machineIdentifier ${server.machineIdentifier}`);
		return `connected to ${server.friendlyName} at ${server.baseurl}`;
	});
	let server;
	await check('ctrl', 'PMS root (PlexServer.connect)', async () => {
		server = new PlexServer(PMS, TOKEN);
		await server.connect();
		expect(server.machineIdentifier === identity.machineIdentifier, `machineIdentifier ${server.machineIdentifier}`);
		return `${server.friendlyName}, version ${server.version}, myPlexUsername ${server.myPlexUsername}`;
	});
	await check('ctrl', 'PMS library sections', async () => {
		const sections = await (await server.library()).sections();
		const titles = sections.map((s) => s.title);
		expect(sameList(titles, sectionTitles), `titles ${titles}`);
		return `${titles.length} sections: ${titles.join(', ')}`;
	});
	await check('ctrl', 'pins create + web login poll', async () => {
		const login = await MyPlexAccount.getWebLogin();
		expect(login.code && login.id, `pin ${JSON.stringify(login)}`);
		const clientID = new URL(login.uri.replace('#?', '?')).searchParams.get('clientID');
		await approvePin(login.code, clientID, pinAccount);
		const signedIn = await MyPlexAccount.webLoginCheck(login, 10);
		expect(signedIn.username === pinAccount, `signed in as ${signedIn.username}`);
		return `pin ${login.id} approved as ${signedIn.username}`;
	});
}

// LukeHagar/plexjs 0.35 (generated from the plex-api-spec): plex.tv operations take a serverURL option.
async function plexJsPlexTvChecks() {
	const clientID = 'plexsim-interop-check';
	const sdk = new PlexJsPlexTv({ accessToken: TOKEN, serverURL: PMS });
	const v2 = { serverURL: `${SIM}/api/v2` };
	await limitation('plexjsTv', 'account (getTokenDetails)',
		'the operation sends no X-Plex-Client-Identifier, which plex.tv v2 requires: plex-protocol.md §0.3', async () => {
			const error = await sdk.authentication.getTokenDetails(v2).then(() => null, (e) => e);
			expect(error?.rawResponse?.status === 400 && error.errors?.[0]?.code === 1000, `got ${error?.message ?? 'a 2xx'}`);
			return '400 code 1000 "X-Plex-Client-Identifier is missing"';
		});
	await check('plexjsTv', 'account (getTokenDetails + documented beforeRequest hook)', async () => {
		// README "Custom HTTP Client": a beforeRequest hook may add headers to every request.
		const httpClient = new HTTPClient();
		httpClient.addHook('beforeRequest', (request) => {
			const next = new Request(request);
			next.headers.set('X-Plex-Client-Identifier', clientID);
			return next;
		});
		const withId = new PlexJsPlexTv({ accessToken: TOKEN, serverURL: PMS, httpClient });
		const user = (await withId.authentication.getTokenDetails(v2)).userPlexAccount;
		expect(user?.username === owner.username, `username ${user?.username}`);
		return `${user.username} <${user.email}>, subscription ${user.subscription?.status}`;
	});
	await check('plexjsTv', 'resources', async () => {
		const devices = (await sdk.plex.getServerResources(clientID, 1, 1, undefined, v2)).plexDevices;
		const device = devices?.find((d) => d.clientIdentifier === identity.machineIdentifier);
		expect(device, `no device ${identity.machineIdentifier}`);
		return `${devices.length} devices, ${device.name} with ${device.connections.length} connections`;
	});
	await check('plexjsTv', 'pins create + poll', async () => {
		const pin = (await sdk.plex.getPin({ clientID, clientName: 'plexsim interop', strong: true }, v2)).authPinContainer;
		expect(pin?.id && pin.code, `pin ${JSON.stringify(pin)}`);
		const before = (await sdk.plex.getTokenByPinId({ pinID: pin.id, clientID }, v2)).authPinContainer;
		expect(!before.authToken, `authToken before approval: ${before.authToken}`);
		await approvePin(pin.code, clientID, pinAccount);
		const after = (await sdk.plex.getTokenByPinId({ pinID: pin.id, clientID }, v2)).authPinContainer;
		expect(after.authToken, 'no authToken after approval');
		return `pin ${pin.id} (${pin.code.length}-char code) polled null, then a token`;
	});
	await check('plexjsTv', 'plex.tv users (getUsers)', async () => {
		const result = await sdk.users.getUsers({ clientID, clientName: 'plexsim interop', xPlexToken: TOKEN },
			{ serverURL: `${SIM}/api` });
		const xml = await parseStringPromise(Buffer.from(result.body ?? []).toString('utf8'));
		const users = xml.MediaContainer?.User ?? [];
		expect(users.length > 0, 'no <User> elements');
		return `${users.length} users`;
	});
	await check('plexjsTv', 'PMS identity', async () => {
		const id = (await sdk.server.getServerIdentity({ serverURL: PMS })).object?.mediaContainer;
		expect(id?.machineIdentifier === identity.machineIdentifier, `machineIdentifier ${id?.machineIdentifier}`);
		return `machineIdentifier ${id.machineIdentifier}`;
	});
	await check('plexjsTv', 'PMS root (getServerCapabilities)', async () => {
		const root = (await sdk.server.getServerCapabilities()).object?.mediaContainer;
		expect(root?.machineIdentifier === identity.machineIdentifier, `machineIdentifier ${root?.machineIdentifier}`);
		return `${root.friendlyName}, version ${root.version}`;
	});
	await check('plexjsTv', 'PMS library sections', async () => {
		const directories = (await sdk.library.getAllLibraries()).object?.mediaContainer?.directory ?? [];
		const titles = directories.map((d) => d.title);
		expect(sameList(titles, sectionTitles), `titles ${titles}`);
		return `${titles.length} sections`;
	});
}

// LukeHagar/plexjs 0.43 (the current PMS spec): identity, server info, library sections.
async function plexJsChecks() {
	const sdk = new PlexJs({ serverURL: PMS, token: TOKEN, clientIdentifier: 'plexsim-interop-check',
		product: 'plexsim interop', version: '1.0' });
	await check('plexjs', 'PMS identity', async () => {
		const id = (await sdk.general.getIdentity()).object?.mediaContainer;
		expect(id?.machineIdentifier === identity.machineIdentifier, `machineIdentifier ${id?.machineIdentifier}`);
		return `machineIdentifier ${id.machineIdentifier}, claimed ${id.claimed}`;
	});
	await check('plexjs', 'PMS root (getServerInfo)', async () => {
		// The spec models / as a MediaContainer with Directory children and drops its attributes.
		const root = (await sdk.general.getServerInfo({})).mediaContainerWithDirectory?.mediaContainer;
		const keys = (root?.directory ?? []).map((d) => d.key);
		expect(keys.includes('library'), `directories ${keys}`);
		return `${keys.length} directories, among them library`;
	});
	await limitation('plexjs', 'PMS library sections (getSections)',
		'its spec types Directory.hidden as a boolean; captured PMS JSON sends "hidden":0, as plexsim does', async () => {
			const error = await sdk.library.getSections().then(() => null, (e) => e);
			const paths = (error?.cause?.issues ?? []).map((issue) => issue.path.slice(-1)[0]);
			expect(error?.name === 'ResponseValidationError' && paths.length > 0 && paths.every((p) => p === 'hidden'),
				`got ${error?.message ?? 'a 2xx'} ${paths}`);
			const titles = (error.rawValue?.object?.MediaContainer?.Directory ?? []).map((d) => d.title);
			expect(sameList(titles, sectionTitles), `titles ${titles}`);
			return `every section read, then refused on ${paths.length} "hidden":0 values`;
		});
}
