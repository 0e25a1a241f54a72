import { AppLink } from "../app/navigation.tsx";
import "./places.css";

export interface Place {
  to: string;
  title: string;
  text: string;
}

/** A hub's places as large link cards: one nav entry can lead to several screens. */
export function PlaceList({ places }: { places: readonly Place[] }) {
  return (
    <ul className="place-list">
      {places.map((place) => (
        <li key={place.to}>
          <AppLink to={place.to} className="place-card">
            <span className="place-card__title">{place.title}</span>
            <span className="place-card__text">{place.text}</span>
          </AppLink>
        </li>
      ))}
    </ul>
  );
}

/** The breadcrumb from a screen back to its hub. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <p className="back-link">
      <AppLink to={to}>{label}</AppLink>
    </p>
  );
}
