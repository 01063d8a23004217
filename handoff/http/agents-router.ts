/**
 * `/api/handoff`: the console's own needs beside tickets: settings (groups, agents, resolution codes), the presence
 * heartbeat, and the supervisors' overview and skill-group assignments.
 */
import express, { type Router } from 'express';
import type { HandoffService } from '../handoff-service';
import { actorOf } from './request';
import { AgentGroupsBodySchema } from './schemas';
import type { HandoffRouterDeps } from './tickets-router';
import { parseOr400 } from '../../contracts';

export function createAgentsRouter(deps: HandoffRouterDeps): Router {
  const service: HandoffService = deps.service;
  const router = express.Router();
  router.use(deps.requireRole('agent', 'supervisor'));
  router.use(express.json({ limit: 16 * 1024 }));
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });

  router.get('/settings', async (req, res) => {
    res.json(await service.settings(actorOf(req)));
  });

  router.post('/heartbeat', async (req, res) => {
    res.json(await service.heartbeat(actorOf(req)));
  });

  router.get('/overview', deps.requireRole('supervisor'), async (req, res) => {
    res.json(await service.overview(actorOf(req)));
  });

  router.put('/agents/:agentId/groups', deps.requireRole('supervisor'), async (req, res) => {
    const body = parseOr400(AgentGroupsBodySchema, req.body ?? {}, 'the request body');
    const agentId = String(req.params.agentId).slice(0, 64);
    res.json({ agent: await service.setAgentGroups(actorOf(req), { id: agentId, name: body.name }, body.groups) });
  });

  return router;
}
