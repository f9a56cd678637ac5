import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const frontendDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where reports, traces and screenshots go: VAARDIG_E2E_OUT, or target/e2e-artifacts of the frontend. */
export const artifactsDir = resolve(frontendDir, process.env.VAARDIG_E2E_OUT ?? 'target/e2e-artifacts');

export const baseURL = process.env.VAARDIG_BASE_URL ?? 'http://localhost:8080';
