import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  FastifySchema,
  RouteHandlerMethod,
} from "fastify";
import type { z } from "zod";
import type { TActor } from "../scope/actor.ts";
import { ZIdempotencyHeaders } from "./idempotency-headers.ts";
import { requireActor } from "./require-actor.ts";
import type { TRouteAccess } from "./route-access.ts";
import { fileAnswer, ZNoContent } from "./route-answers.ts";
import { routeOptions } from "./route-options.ts";

/**
 * What a route takes and what it answers. Exactly one answer: `answer` (200), `created` (201),
 * `accepted` (202, work that goes on after the answer), `noContent` (204) or `file` (its media types;
 * the handler sends the bytes itself).
 */
export interface TRouteContract {
  params?: z.ZodType;
  query?: z.ZodType;
  headers?: z.ZodType;
  body?: z.ZodType;
  /**
   * A field write: the request carries an `Idempotency-Key`, which the handler receives; it answers
   * with `replayed` beside the answer, sent as the `Idempotent-Replayed` header.
   */
  idempotent?: true;
  /** A multipart form the handler reads itself (`receive-upload.ts`), so nothing is validated up front. */
  upload?: true;
  answer?: z.ZodType;
  created?: z.ZodType;
  accepted?: z.ZodType;
  noContent?: true;
  file?: readonly [string, ...string[]];
}

type TParsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives: the caller and the request's parts, already validated by their schemas. */
export interface TRouteInput<C extends TRouteContract> {
  actor: TActor;
  params: TParsed<C["params"]>;
  query: TParsed<C["query"]>;
  headers: TParsed<C["headers"]>;
  body: TParsed<C["body"]>;
  idempotencyKey: C extends { idempotent: true } ? string : undefined;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** What a handler gives back: the answer's schema input (Fastify serialises it), or the reply it sent. */
type TAnswerOf<C extends TRouteContract> = C extends { idempotent: true }
  ? TJsonAnswerOf<C> & { replayed: boolean }
  : TJsonAnswerOf<C>;

type TJsonAnswerOf<C extends TRouteContract> = C extends { answer: infer A extends z.ZodType }
  ? z.input<A>
  : C extends { created: infer A extends z.ZodType }
    ? z.input<A>
    : C extends { accepted: infer A extends z.ZodType }
      ? z.input<A>
      : C extends { noContent: true }
        ? // biome-ignore lint/suspicious/noConfusingVoidType: a 204 handler is an async function returning nothing
          void
        : FastifyReply;

type TRouteDeclaration = <const C extends TRouteContract>(
  url: string,
  access: Exclude<TRouteAccess, "public">,
  contract: C,
  handle: (input: TRouteInput<C>) => Promise<TAnswerOf<C>>,
) => void;

export interface TJsonRoutes {
  get: TRouteDeclaration;
  post: TRouteDeclaration;
  put: TRouteDeclaration;
  patch: TRouteDeclaration;
  delete: TRouteDeclaration;
}

/** The status and the schema part of a contract's one answer. */
function answerOf(contract: TRouteContract): { status: number; schema: FastifySchema } {
  const given = [
    contract.answer && { status: 200, schema: { response: { 200: contract.answer } } },
    contract.created && { status: 201, schema: { response: { 201: contract.created } } },
    contract.accepted && { status: 202, schema: { response: { 202: contract.accepted } } },
    contract.noContent && { status: 204, schema: { response: { 204: ZNoContent } } },
    contract.file && { status: 200, schema: fileAnswer(...contract.file) },
  ].filter((answer) => answer !== undefined);
  if (given.length !== 1) throw new Error("a route contract declares exactly one answer");
  return given[0] as { status: number; schema: FastifySchema };
}

/**
 * One way to declare a route of the API: its URL, who may call it, its contract and a handler that
 * receives the caller (`requireActor`) and the validated request parts. The options still go through
 * `routeOptions`, so the access check, the access matrix and the OpenAPI document see every route alike.
 * Public routes (login, the CSRF token) have no actor and are declared with Fastify directly.
 */
export function jsonRoutes(app: FastifyInstance, defaults: { tags: string[] }): TJsonRoutes {
  const declare =
    (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"): TRouteDeclaration =>
    (url, access, contract, handle) => {
      const { status, schema: answerSchema } = answerOf(contract);
      const schema: FastifySchema = {
        tags: defaults.tags,
        ...(contract.params && { params: contract.params }),
        ...(contract.query && { querystring: contract.query }),
        ...(contract.headers && { headers: contract.headers }),
        ...(contract.idempotent && { headers: ZIdempotencyHeaders }),
        ...(contract.body && { body: contract.body }),
        ...(contract.upload && { consumes: ["multipart/form-data"] }),
        ...answerSchema,
      };
      const handler: RouteHandlerMethod = async (request, reply) => {
        const answer = await handle({
          actor: requireActor(request),
          params: request.params,
          query: request.query,
          headers: request.headers,
          body: request.body,
          idempotencyKey: contract.idempotent ? request.headers["idempotency-key"] : undefined,
          request,
          reply,
        } as TRouteInput<typeof contract>);
        if (answer === reply) return reply;
        if (status === 204) return reply.status(204).send();
        if (!contract.idempotent) return reply.status(status).send(answer);
        const { replayed, ...rest } = answer as { replayed: boolean };
        return reply.status(status).header("idempotent-replayed", String(replayed)).send(rest);
      };
      app.route({ method, url, ...routeOptions(access, schema), handler });
    };
  return {
    get: declare("GET"),
    post: declare("POST"),
    put: declare("PUT"),
    patch: declare("PATCH"),
    delete: declare("DELETE"),
  };
}
