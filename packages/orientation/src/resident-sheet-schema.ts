import { SourceRef } from "@mediation-numerique/core";
import * as z from "zod/mini";
import { ActorId } from "./actors.js";
import { ModeId } from "./modes.js";
import { FrenchSentence } from "./rule-text.js";

/*
 * The resident's sheet, as `residentSheet()` returns it. A page reads it in order: the title,
 * the three parts (each with a pictogram chosen by its `kind`), then the contact section. Every
 * text is a short heading or a list of complete sentences, in FALC.
 */

/** A short heading, without a final full stop. */
const Heading = /* @__PURE__ */ z.string().check(z.minLength(1));
const Sentences = /* @__PURE__ */ z.array(FrenchSentence);

/** Part 1: what the person showed she can do; else a positive sentence about coming. */
export const KnowHowPart = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("know-how"),
    title: Heading,
    sentences: /* @__PURE__ */ Sentences.check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.KnowHowPart" });
export type KnowHowPart = z.infer<typeof KnowHowPart>;

/**
 * One next step, for one recommendation: where to go, what for, how. Read `where`, then
 * `what`, then `how`. `actor` and `mode` are IDs for the page (a pictogram), never to show.
 */
export const NextStep = /* @__PURE__ */ z
  .strictObject({
    actor: ActorId,
    mode: ModeId,
    /** True when the step is at the place that hands the sheet over (a centre was given). */
    here: z.boolean(),
    heading: Heading,
    where: /* @__PURE__ */ Sentences.check(z.minLength(1)),
    what: /* @__PURE__ */ Sentences.check(z.minLength(1)),
    how: /* @__PURE__ */ Sentences.check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.NextStep" });
export type NextStep = z.infer<typeof NextStep>;

/** Part 2: one step per recommendation, primary first. */
export const NextStepsPart = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("next-steps"),
    title: Heading,
    steps: /* @__PURE__ */ z.array(NextStep).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.NextStepsPart" });
export type NextStepsPart = z.infer<typeof NextStepsPart>;

/** One thing to bring, with the seed passages it rests on (for the mediator's view). */
export const BringItem = /* @__PURE__ */ z
  .strictObject({
    text: FrenchSentence,
    sources: /* @__PURE__ */ z.array(SourceRef).check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.BringItem" });
export type BringItem = z.infer<typeof BringItem>;

/** Part 3: what the sources say to bring (maybe nothing), then `sentences`: ask the reception. */
export const BringPart = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("bring"),
    title: Heading,
    items: /* @__PURE__ */ z.array(BringItem),
    sentences: /* @__PURE__ */ Sentences.check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.BringPart" });
export type BringPart = z.infer<typeof BringPart>;

/** The centre's details, as it gave them: each line a label and its value. */
export const ContactSection = /* @__PURE__ */ z
  .strictObject({
    kind: z.literal("contact"),
    title: Heading,
    lines: /* @__PURE__ */ z
      .array(z.strictObject({ label: Heading, value: Heading }))
      .check(z.minLength(1)),
  })
  .register(z.globalRegistry, { id: "mn.orientation.ContactSection" });
export type ContactSection = z.infer<typeof ContactSection>;

/** The resident's sheet: a title, its three parts in reading order, the centre's contact. */
export const ResidentSheet = /* @__PURE__ */ z
  .strictObject({
    title: Heading,
    parts: z.tuple([KnowHowPart, NextStepsPart, BringPart]),
    /** Present when the centre gave its name, address, opening hours or phone. */
    contact: z.optional(ContactSection),
  })
  .register(z.globalRegistry, { id: "mn.orientation.ResidentSheet" });
export type ResidentSheet = z.infer<typeof ResidentSheet>;
