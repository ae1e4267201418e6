import { Text, Title } from "@mantine/core";

/** A page's title and the dimmed line under it that says what the page is for. */
export function PageHeading({ title, intro }: { title: string; intro: string }) {
  return (
    <>
      <Title order={2}>{title}</Title>
      <Text size="sm" c="dimmed">
        {intro}
      </Text>
    </>
  );
}
